import { randomUUID } from 'node:crypto';
import { OutboxEvent } from '@czn/events';
import { PERSONAL_DATA_EVENT, type SignedInViewer } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../../test/citizen-alone';
import { applicationExamples } from '../application-form/application-examples';
import type { AppealType } from './appeal.enums';
import { PersonalCase } from '../personal-case/personal-case.entity';
import { Appeal, AppealStatusChange } from './appeal.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
});
afterAll(() => harness.stop());

const barnaul = randomUUID();
/** A citizen of each test alone: a citizen may submit only so many appeals a minute. */
let ivanov: SignedInViewer;
beforeEach(() => {
  ivanov = someone.citizen();
});
const barnaulOperator = someone.staff(['REGISTRAR'], barnaul);

const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id number status } }`;
const submit = (input: Record<string, unknown>, applicant: SignedInViewer = ivanov) =>
  harness.request(applicant, SUBMIT, {
    input: {
      type: 'JOB_SEARCH_ASSISTANCE',
      jobCenterId: barnaul,
      contactPhone: '+7 (913) 123-45-67',
      fields: applicationExamples[(input['type'] ?? 'JOB_SEARCH_ASSISTANCE') as AppealType],
      ...input,
    },
  });
const appealsOf = (applicant: SignedInViewer) =>
  harness.running.orm.em.fork().count(Appeal, { applicantId: applicant.userId });
const historyOf = (appealId: string) =>
  harness.running.orm.em.fork().count(AppealStatusChange, { appeal: appealId });
/** The newest event in the outbox, so that a step can be checked for the events it wrote itself. */
const lastEventId = async () => {
  const [last] = await harness.running.orm.em
    .fork()
    .find(OutboxEvent, {}, { orderBy: { id: 'desc' }, limit: 1 });
  return last?.id ?? '0';
};
const eventsAfter = (id: string, where: { type?: string } = {}) =>
  harness.running.orm.em.fork().count(OutboxEvent, { id: { $gt: id }, ...where });

test('appeal numbers are the year and a six-digit sequence', async () => {
  const first = (await submit({})).data!['submitAppeal'];
  const second = (await submit({})).data!['submitAppeal'];
  expect(first.number).toMatch(/^\d{4}-\d{6}$/);
  expect(Number(second.number.slice(5))).toBe(Number(first.number.slice(5)) + 1);
  expect(first.status).toBe('REGISTERED');
});

test('a retried submission with the same idempotency key returns the first appeal', async () => {
  const applicant = someone.citizen();
  const first = (await submit({ idempotencyKey: 'retry-1' }, applicant)).data!['submitAppeal'];
  const again = (await submit({ idempotencyKey: 'retry-1' }, applicant)).data!['submitAppeal'];
  expect(again).toEqual(first);
  expect(await appealsOf(applicant)).toBe(1);
});

test('a service that needs an unemployed case is refused with the reason until the centre opens one', async () => {
  const { errors } = await submit({ type: 'VOCATIONAL_TRAINING' });
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
  expect(errors?.[0]?.message).toMatch(/в статусе "Безработный"/);
  await harness.request(barnaulOperator, OPEN_CASE, {
    input: { citizenId: ivanov.userId, status: 'UNEMPLOYED', openedOn: '2026-12-01' },
  });
  expect((await submit({ type: 'VOCATIONAL_TRAINING' })).errors).toBeUndefined();
});

const OPEN_CASE = 'mutation($input: OpenPersonalCaseInput!) { openPersonalCase(input: $input) { id } }';
const COMPLETE_OPENING = `mutation($id: ID!, $open: OpenPersonalCaseOnCompletionInput) {
  completeAppeal(id: $id, result: "Зарегистрирован", openPersonalCase: $open) { status } }`;
const inWork = async (type: string) => {
  const { id } = (await submit({ type })).data!['submitAppeal'];
  await harness.request(barnaulOperator, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { id } }', { id });
  return id as string;
};
const casesOf = (citizen: SignedInViewer) =>
  harness.running.orm.em.fork().find(PersonalCase, { citizenId: citizen.userId });

test('completing a job-search appeal opens the applicant’s case at the centre in the same step', async () => {
  const id = await inWork('JOB_SEARCH_ASSISTANCE');
  const completed = await harness.request(barnaulOperator, COMPLETE_OPENING, {
    id,
    open: { status: 'UNEMPLOYED', openedOn: '2026-12-02', personalAccountNumber: '7700112233' },
  });
  expect(completed.errors).toBeUndefined();
  expect(completed.data!['completeAppeal']).toEqual({ status: 'COMPLETED' });
  expect(await casesOf(ivanov)).toEqual([
    expect.objectContaining({
      jobCenterId: barnaul,
      status: 'UNEMPLOYED',
      openedOn: '2026-12-02',
      personalAccountNumber: '7700112233',
    }),
  ]);
});

test('completing with a case is refused for other services, with a case already open, or with bad fields, and changes nothing', async () => {
  const guidance = await inWork('CAREER_GUIDANCE');
  const other = await harness.request(barnaulOperator, COMPLETE_OPENING, {
    id: guidance,
    open: { status: 'JOB_SEEKER', openedOn: '2026-12-02' },
  });
  expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openPersonalCase' });
  const badDate = await harness.request(barnaulOperator, COMPLETE_OPENING, {
    id: await inWork('JOB_SEARCH_ASSISTANCE'),
    open: { status: 'JOB_SEEKER', openedOn: 'вчера' },
  });
  expect(badDate.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'openPersonalCase.openedOn',
  });
  await harness.request(barnaulOperator, OPEN_CASE, {
    input: { citizenId: ivanov.userId, status: 'JOB_SEEKER', openedOn: '2026-12-01' },
  });
  const search = await inWork('JOB_SEARCH_ASSISTANCE');
  const twice = await harness.request(barnaulOperator, COMPLETE_OPENING, {
    id: search,
    open: { status: 'UNEMPLOYED', openedOn: '2026-12-02' },
  });
  expect(twice.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  expect(twice.errors?.[0]?.message).toMatch(/уже есть открытое личное дело/);
  const state = (appealId: string) =>
    harness.request(ivanov, 'query($id: ID!) { appeal(id: $id) { status result } }', { id: appealId });
  for (const appealId of [guidance, search])
    expect((await state(appealId)).data!['appeal']).toEqual({ status: 'IN_PROGRESS', result: null });
  expect((await casesOf(ivanov)).map((c) => c.status)).toEqual(['JOB_SEEKER']);
  const notCaseStaff = someone.staff(['JOB_SELECTION_SPECIALIST'], barnaul);
  const refused = await harness.request(notCaseStaff, COMPLETE_OPENING, {
    id: search,
    open: { status: 'UNEMPLOYED', openedOn: '2026-12-02' },
  });
  expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

test('bad input names the field and writes nothing', async () => {
  const applicant = someone.citizen();
  const badCentre = await submit({ jobCenterId: 'barnaul' }, applicant);
  expect(badCentre.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobCenterId' });
  const longComment = await submit({ comment: 'ы'.repeat(2001) }, applicant);
  expect(longComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
  expect(await appealsOf(applicant)).toBe(0);
});

test('a transition that is not allowed is CONFLICT and changes nothing', async () => {
  const { id } = (await submit({})).data!['submitAppeal'];
  const complete = await harness.request(
    barnaulOperator,
    'mutation($id: ID!) { completeAppeal(id: $id, result: "Готово") { status } }',
    { id },
  );
  expect(complete.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  expect(complete.errors?.[0]?.message).toMatch(/«Зарегистрировано»/);
  expect(await historyOf(id)).toBe(1);
  const read = await harness.request(ivanov, 'query($id: ID!) { appeal(id: $id) { status result } }', { id });
  expect(read.data!['appeal']).toEqual({ status: 'REGISTERED', result: null });
});

test('complete needs a result and reject needs a reason', async () => {
  const { id } = (await submit({})).data!['submitAppeal'];
  await harness.request(barnaulOperator, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }', {
    id,
  });
  const noResult = await harness.request(
    barnaulOperator,
    'mutation($id: ID!) { completeAppeal(id: $id, result: "  ") { status } }',
    { id },
  );
  expect(noResult.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'result' });
  const rejected = await harness.request(
    barnaulOperator,
    'mutation($id: ID!) { rejectAppeal(id: $id, reason: "Нет документов") { status rejectionReason history { fromStatus toStatus comment } } }',
    { id },
  );
  expect(rejected.data!['rejectAppeal']).toEqual({
    status: 'REJECTED',
    rejectionReason: 'Нет документов',
    history: [
      { fromStatus: null, toStatus: 'REGISTERED', comment: null },
      { fromStatus: 'REGISTERED', toStatus: 'IN_PROGRESS', comment: null },
      { fromStatus: 'IN_PROGRESS', toStatus: 'REJECTED', comment: 'Нет документов' },
    ],
  });
});

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});

test('concurrent retries with one idempotency key make one appeal and both get it', async () => {
  const [first, second] = await Promise.all([
    submit({ idempotencyKey: 'race-1' }),
    submit({ idempotencyKey: 'race-1' }),
  ]);
  expect(first.errors).toBeUndefined();
  expect(second.errors).toBeUndefined();
  expect(second.data!['submitAppeal']).toEqual(first.data!['submitAppeal']);
});

test.each([
  ['+7 (913) 123-45-67'],
  ['8 913 123 45 67'],
  ['+79131234567'],
  ['89131234567'],
  [' 8(913)123-45-67 '],
  ['7 913 123-45-67'],
])('the contact phone %p is kept as +79131234567', async (contactPhone) => {
  const { data, errors } = await submit({ contactPhone });
  expect(errors).toBeUndefined();
  const read = await harness.request(
    barnaulOperator,
    'query($id: ID!) { appeal(id: $id) { contactPhone contactEmail } }',
    { id: data!['submitAppeal'].id },
  );
  expect(read.data!['appeal']).toEqual({ contactPhone: '+79131234567', contactEmail: null });
});

test.each([[''], ['12345'], ['+1 555 123 4567'], ['8 913 123 45 6'], ['913 123-45-67'], ['позвоните мне']])(
  'the contact phone %p is refused, saying the format',
  async (contactPhone) => {
    const applicant = someone.citizen();
    const { errors } = await submit({ contactPhone }, applicant);
    expect(errors?.[0]).toMatchObject({
      message: 'Укажите телефон в формате +7 (XXX) XXX-XX-XX',
      extensions: { code: 'BAD_USER_INPUT', field: 'contactPhone' },
    });
    expect(await appealsOf(applicant)).toBe(0);
  },
);

test('the contact e-mail is optional, kept trimmed, and checked when given', async () => {
  const given = (await submit({ contactEmail: '  ivanov@mail.ru ' })).data!['submitAppeal'];
  const read = await harness.request(ivanov, 'query($id: ID!) { appeal(id: $id) { contactEmail } }', {
    id: given.id,
  });
  expect(read.data!['appeal']).toEqual({ contactEmail: 'ivanov@mail.ru' });
  expect((await submit({ contactEmail: '  ' })).errors).toBeUndefined();
  for (const contactEmail of [
    'ivanov',
    'ivanov@mail',
    'ivanov@@mail.ru',
    'ivanov@mail..ru',
    'i vanov@mail.ru',
  ]) {
    const { errors } = await submit({ contactEmail });
    expect(errors?.[0]).toMatchObject({
      message: 'Проверьте адрес электронной почты, например ivanov@mail.ru',
      extensions: { code: 'BAD_USER_INPUT', field: 'contactEmail' },
    });
  }
});

describe('unread appeals', () => {
  const petrova = someone.citizen();
  const READ = 'query($id: ID!) { appeal(id: $id) { unread } }';
  const MARK = 'mutation($id: ID!) { markAppealRead(id: $id) { id unread } }';
  const unreadFor = async (viewer: SignedInViewer, id: string) =>
    (await harness.request(viewer, READ, { id })).data!['appeal'].unread;

  test('news makes an appeal unread for its applicant until they mark it read; staff never see it unread', async () => {
    const { id } = (await submit({})).data!['submitAppeal'];
    expect(await unreadFor(ivanov, id)).toBe(false);
    expect(await unreadFor(barnaulOperator, id)).toBe(false);

    await harness.request(barnaulOperator, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { id } }', {
      id,
    });
    expect(await unreadFor(ivanov, id)).toBe(true);
    expect(await unreadFor(barnaulOperator, id)).toBe(false);
    const mine = await harness.request(ivanov, '{ myAppeals { id unread } }');
    expect(mine.data!['myAppeals']).toContainEqual({ id, unread: true });

    const lastEvent = await lastEventId();
    const marked = await harness.request(ivanov, MARK, { id });
    expect(marked.data!['markAppealRead']).toEqual({ id, unread: false });
    expect(await unreadFor(ivanov, id)).toBe(false);
    const again = await harness.request(ivanov, MARK, { id });
    expect(again.data!['markAppealRead']).toEqual({ id, unread: false });
    expect(await eventsAfter(lastEvent)).toBe(0);

    await harness.request(
      barnaulOperator,
      'mutation($id: ID!) { rejectAppeal(id: $id, reason: "Нет документов") { id } }',
      { id },
    );
    expect(await unreadFor(ivanov, id)).toBe(true);
  });

  test('only the applicant marks an appeal read; for anyone else it does not exist', async () => {
    const { id } = (await submit({})).data!['submitAppeal'];
    await harness.request(barnaulOperator, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { id } }', {
      id,
    });
    for (const viewer of [petrova, barnaulOperator]) {
      const { data, errors } = await harness.request(viewer, MARK, { id });
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({
        message: 'Обращение не найдено',
        extensions: { code: 'NOT_FOUND' },
      });
    }
    expect(await unreadFor(ivanov, id)).toBe(true);
    const malformed = await harness.request(ivanov, MARK, { id: 'не-uuid' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

test('the desk filters by service and status in one SQL statement, and audits the phones it shows in one event', async () => {
  const zarinskId = randomUUID();
  const zarinsk = someone.staff(['REGISTRAR'], zarinskId);
  const at = { jobCenterId: zarinskId };
  const first = (await submit({ ...at, type: 'JOB_SEARCH_ASSISTANCE' })).data!['submitAppeal'];
  const second = (await submit({ ...at, type: 'JOB_SEARCH_ASSISTANCE' })).data!['submitAppeal'];
  const guidance = (await submit({ ...at, type: 'CAREER_GUIDANCE' })).data!['submitAppeal'];
  await harness.request(zarinsk, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { id } }', {
    id: first.id,
  });
  const desk = async (variables: Record<string, unknown>) => {
    const lastEvent = await lastEventId();
    harness.sql.reset();
    const { data, errors } = await harness.request(
      zarinsk,
      'query($status: AppealStatus, $type: AppealType) { jobCenterAppeals(status: $status, type: $type) { id type status unread contactPhone } }',
      variables,
    );
    expect(errors).toBeUndefined();
    const ids = (data!['jobCenterAppeals'] as Array<{ id: string }>).map((a) => a.id);
    // The list is one select; phones shown add one audit event: begin, outbox lock, insert, notify, commit.
    expect(harness.sql.snapshot()).toEqual({ citizen: ids.length > 0 ? 6 : 1 });
    expect(await eventsAfter(lastEvent, { type: PERSONAL_DATA_EVENT })).toBe(ids.length > 0 ? 1 : 0);
    return ids;
  };
  expect(await desk({})).toEqual([guidance.id, second.id, first.id]);
  expect(await desk({ type: 'CAREER_GUIDANCE' })).toEqual([guidance.id]);
  expect(await desk({ type: 'JOB_SEARCH_ASSISTANCE' })).toEqual([second.id, first.id]);
  expect(await desk({ type: 'JOB_SEARCH_ASSISTANCE', status: 'REGISTERED' })).toEqual([second.id]);
  expect(await desk({ type: 'VOCATIONAL_TRAINING' })).toEqual([]);
});
