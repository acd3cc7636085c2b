import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../../test/citizen-alone';
import type { AppealType } from '../appeal/appeal.enums';
import { applicationExamples } from '../application-form/application-examples';
import {
  NEEDS_OPEN_CASE,
  NEEDS_PERSONAL_ACCOUNT as NEEDS_ACCOUNT,
  NEEDS_UNEMPLOYED,
} from '../appeal/appeal-availability';
import { NOT_CONNECTED } from './citizen-service.service';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
});
afterAll(() => harness.stop());

const ivanov = someone.citizen();

const QUERY = '{ citizenServices { service appealType available unavailableReason } }';

/** A citizen of each row alone, with the cases the row describes opened by a centre's registrar. */
async function citizenWith(cases: Array<{ status: string; personalAccountNumber?: string; closed?: true }>) {
  const citizen = someone.citizen();
  for (const { closed, ...input } of cases) {
    const registrar = someone.staff(['REGISTRAR']);
    const { data, errors } = await harness.request(
      registrar,
      'mutation($input: OpenPersonalCaseInput!) { openPersonalCase(input: $input) { id } }',
      { input: { citizenId: citizen.userId, openedOn: '2026-12-01', ...input } },
    );
    expect(errors).toBeUndefined();
    if (closed)
      await harness.request(
        registrar,
        'mutation($id: ID!) { closePersonalCase(id: $id, reason: "Снят с учёта") { id } }',
        {
          id: data!['openPersonalCase'].id,
        },
      );
  }
  return citizen;
}

const reasonsOf = async (citizen: typeof ivanov) => {
  const { data, errors } = await harness.request(citizen, QUERY);
  expect(errors).toBeUndefined();
  return Object.fromEntries(
    (data!['citizenServices'] as Array<{ service: string; unavailableReason: string | null }>).map((s) => [
      s.service,
      s.unavailableReason,
    ]),
  );
};

const ALWAYS = {
  JOB_SEARCH_ASSISTANCE: null,
  LABOR_MARKET_INFO: null,
  CAREER_GUIDANCE: null,
  APPOINTMENT: NOT_CONNECTED,
  RESUME: null,
  INTERACTIONS: NOT_CONNECTED,
  NOTIFICATIONS: NOT_CONNECTED,
  SERVICE_RATING: NOT_CONNECTED,
};

test('a citizen gets the 13 services in order, each with its application type and whether it is available', async () => {
  const { data, errors } = await harness.request(ivanov, QUERY);
  expect(errors).toBeUndefined();
  expect(
    (
      data!['citizenServices'] as Array<{ service: string; appealType: string | null; available: boolean }>
    ).map(({ service, appealType, available }) => [service, appealType, available]),
  ).toEqual([
    ['JOB_SEARCH_ASSISTANCE', 'JOB_SEARCH_ASSISTANCE', true],
    ['LABOR_MARKET_INFO', 'LABOR_MARKET_INFO', true],
    ['CAREER_GUIDANCE', 'CAREER_GUIDANCE', true],
    ['PUBLIC_WORKS', 'PUBLIC_WORKS', false],
    ['TEMPORARY_EMPLOYMENT', 'TEMPORARY_EMPLOYMENT', false],
    ['VOCATIONAL_TRAINING', 'VOCATIONAL_TRAINING', false],
    ['SELF_EMPLOYMENT_SUPPORT', 'SELF_EMPLOYMENT_SUPPORT', false],
    ['APPOINTMENT', null, false],
    ['RESUME', null, true],
    ['SOCIAL_PAYMENTS_INFO', null, false],
    ['INTERACTIONS', null, false],
    ['NOTIFICATIONS', null, false],
    ['SERVICE_RATING', null, false],
  ]);
  const reasons = await reasonsOf(ivanov);
  expect(reasons['VOCATIONAL_TRAINING']).toMatch(
    /^Услуга доступна при открытом личном деле в статусе "Безработный"\. Статус присваивает центр занятости/,
  );
  expect(reasons['PUBLIC_WORKS']).toMatch(
    /^Услуга доступна при открытом личном деле с целью поиска подходящей работы/,
  );
});

test.each([
  ['no case', [], { open: NEEDS_OPEN_CASE, unemployed: NEEDS_UNEMPLOYED, account: NEEDS_ACCOUNT }],
  [
    'a job seeker',
    [{ status: 'JOB_SEEKER' }],
    { open: null, unemployed: NEEDS_UNEMPLOYED, account: NEEDS_ACCOUNT },
  ],
  ['unemployed', [{ status: 'UNEMPLOYED' }], { open: null, unemployed: null, account: NEEDS_ACCOUNT }],
  [
    'unemployed with an account',
    [{ status: 'UNEMPLOYED', personalAccountNumber: '123456' }],
    { open: null, unemployed: null, account: NOT_CONNECTED },
  ],
  [
    'only a closed case, even unemployed with an account',
    [{ status: 'UNEMPLOYED', personalAccountNumber: '123456', closed: true as const }],
    { open: NEEDS_OPEN_CASE, unemployed: NEEDS_UNEMPLOYED, account: NEEDS_ACCOUNT },
  ],
  [
    'a job seeker at one centre, unemployed at another',
    [{ status: 'JOB_SEEKER' }, { status: 'UNEMPLOYED' }],
    { open: null, unemployed: null, account: NEEDS_ACCOUNT },
  ],
])('seed 001 for a citizen with %s', async (_, cases, expected) => {
  expect(await reasonsOf(await citizenWith(cases))).toEqual({
    ...ALWAYS,
    PUBLIC_WORKS: expected.open,
    TEMPORARY_EMPLOYMENT: expected.open,
    VOCATIONAL_TRAINING: expected.unemployed,
    SELF_EMPLOYMENT_SUPPORT: expected.unemployed,
    SOCIAL_PAYMENTS_INFO: expected.account,
  });
});

test('the list agrees with what submitting an appeal accepts, and follows a change of the case', async () => {
  const seeker = await citizenWith([{ status: 'JOB_SEEKER' }]);
  const accepted = async () => {
    const { data } = await harness.request(seeker, QUERY);
    const result: Array<{ appealType: string; available: boolean; accepted: boolean }> = [];
    for (const { appealType, available } of data!['citizenServices'].filter(
      (s: { appealType: string | null }) => s.appealType,
    )) {
      const submitted = await harness.request(
        seeker,
        'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }',
        {
          input: {
            type: appealType,
            jobCenterId: randomUUID(),
            contactPhone: '+79131234567',
            fields: applicationExamples[appealType as AppealType],
          },
        },
      );
      result.push({ appealType, available, accepted: submitted.errors === undefined });
    }
    return result;
  };
  const asSeeker = await accepted();
  for (const row of asSeeker) expect(row.accepted).toBe(row.available);
  expect(asSeeker.filter((row) => !row.available).map((row) => row.appealType)).toEqual([
    'VOCATIONAL_TRAINING',
    'SELF_EMPLOYMENT_SUPPORT',
  ]);
});

test('the enum carries the UI labels', async () => {
  const { data } = await harness.request(ivanov, '{ _service { sdl } }');
  expect(data!['_service'].sdl).toContain('"""Запись на прием в службу занятости"""\n  APPOINTMENT');
});

test('only citizens get the list', async () => {
  expect((await harness.request(someone.staff(['REGISTRAR']), QUERY)).errors?.[0]?.extensions?.['code']).toBe(
    'FORBIDDEN',
  );
  expect((await harness.request(anonymous, QUERY)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});
