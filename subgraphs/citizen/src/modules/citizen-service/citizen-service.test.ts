import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../../test/citizen-alone';
import type { AppealType } from '../appeal/appeal.enums';
import { applicationExamples } from '../application-form/application-examples';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
});
afterAll(() => harness.stop());

const ivanov = someone.citizen();

const QUERY = '{ citizenServices { service appealType available unavailableReason } }';
const NOT_CONNECTED =
  'Услуга пока не подключена на портале: обратитесь в центр занятости лично или по телефону.';
const NEEDS_OPEN_CASE =
  'Услуга доступна при открытом личном деле по поиску работы. Обратитесь в центр занятости.';
const NEEDS_UNEMPLOYED =
  'Услуга доступна гражданам, признанным безработными. Сначала подайте заявление на содействие в поиске работы.';

test('a citizen gets the 13 services in order, each with whether it is available and why not', async () => {
  const { data, errors } = await harness.request(ivanov, QUERY);
  expect(errors).toBeUndefined();
  const row = (service: string, appealType: string | null, reason: string | null) => ({
    service,
    appealType,
    available: reason === null,
    unavailableReason: reason,
  });
  expect(data!['citizenServices']).toEqual([
    row('JOB_SEARCH_ASSISTANCE', 'JOB_SEARCH_ASSISTANCE', null),
    row('LABOR_MARKET_INFO', 'LABOR_MARKET_INFO', null),
    row('CAREER_GUIDANCE', 'CAREER_GUIDANCE', null),
    row('PUBLIC_WORKS', 'PUBLIC_WORKS', NEEDS_OPEN_CASE),
    row('TEMPORARY_EMPLOYMENT', 'TEMPORARY_EMPLOYMENT', NEEDS_OPEN_CASE),
    row('VOCATIONAL_TRAINING', 'VOCATIONAL_TRAINING', NEEDS_UNEMPLOYED),
    row('SELF_EMPLOYMENT_SUPPORT', 'SELF_EMPLOYMENT_SUPPORT', NEEDS_UNEMPLOYED),
    row('APPOINTMENT', null, NOT_CONNECTED),
    row('RESUME', null, NOT_CONNECTED),
    row('SOCIAL_PAYMENTS_INFO', null, NOT_CONNECTED),
    row('INTERACTIONS', null, NOT_CONNECTED),
    row('NOTIFICATIONS', null, NOT_CONNECTED),
    row('SERVICE_RATING', null, NOT_CONNECTED),
  ]);
});

test('the list agrees with what submitting an appeal accepts', async () => {
  const { data } = await harness.request(ivanov, QUERY);
  for (const { appealType, available } of data!['citizenServices'].filter(
    (s: { appealType: string | null }) => s.appealType,
  )) {
    const submitted = await harness.request(
      ivanov,
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
    expect({ appealType, accepted: submitted.errors === undefined }).toEqual({
      appealType,
      accepted: available,
    });
  }
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
