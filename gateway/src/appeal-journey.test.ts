import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import { GATEWAY, internalClient } from '@czn/kernel';
import { answersWithoutGatewayToken, graphqlRequest, TEST_INTERNAL_SECRET } from '@czn/testing';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
let ivanov: string;
let petrova: string;
let barnaulOperator: string;
let biyskOperator: string;

beforeAll(async () => {
  stack = await startStack();
  [ivanov, petrova, barnaulOperator, biyskOperator] = (await Promise.all(
    ['ivanov', 'petrova', 'operator.barnaul', 'operator.biysk'].map((login) => stack.signIn(login)),
  )) as [string, string, string, string];
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id number status } }`;
const submitAppeal = (token: string, jobCenterId?: string) => stack.submitAppeal(token, jobCenterId);

test('a citizen applies, the job centre takes the appeal into work and completes it, the citizen reads it back', async () => {
  const appeal = await submitAppeal(ivanov);
  expect(appeal.status).toBe('REGISTERED');

  const desk = await stack.request(
    barnaulOperator,
    '{ jobCenterAppeals(status: REGISTERED) { id applicant { fullName } } }',
  );
  expect(desk.data!['jobCenterAppeals']).toContainEqual({
    id: appeal.id,
    applicant: { fullName: 'Иванов Иван Иванович' },
  });

  const taken = await stack.takeAppealIntoWork(barnaulOperator, appeal.id);
  expect(taken.data!['takeAppealIntoWork']).toEqual({ status: 'IN_PROGRESS' });
  const completed = await stack.request(
    barnaulOperator,
    'mutation($id: ID!) { completeAppeal(id: $id, result: "Выдано направление на собеседование") { status } }',
    { id: appeal.id },
  );
  expect(completed.data!['completeAppeal']).toEqual({ status: 'COMPLETED' });

  const { data, errors } = await stack.request(
    ivanov,
    `query($id: ID!) { appeal(id: $id) {
      number type status result createdAt
      applicant { fullName }
      jobCenter { name city coordinates { latitude longitude } }
      history { fromStatus toStatus changedAt changedBy { fullName } }
    } }`,
    { id: appeal.id },
  );
  expect(errors).toBeUndefined();
  expect(data!['appeal']).toMatchObject({
    number: appeal.number,
    type: 'JOB_SEARCH_ASSISTANCE',
    status: 'COMPLETED',
    result: 'Выдано направление на собеседование',
    applicant: { fullName: 'Иванов Иван Иванович' },
    jobCenter: { name: 'Центр занятости населения г. Барнаул', city: 'Барнаул' },
  });
  expect(data!['appeal'].history).toEqual([
    expect.objectContaining({
      fromStatus: null,
      toStatus: 'REGISTERED',
      changedBy: { fullName: 'Иванов Иван Иванович' },
    }),
    expect.objectContaining({
      fromStatus: 'REGISTERED',
      toStatus: 'IN_PROGRESS',
      changedBy: { fullName: 'Смирнова Ольга Петровна' },
    }),
    expect.objectContaining({
      fromStatus: 'IN_PROGRESS',
      toStatus: 'COMPLETED',
      changedBy: { fullName: 'Смирнова Ольга Петровна' },
    }),
  ]);
});

test('a citizen cannot read another citizen’s appeal through appeal, myAppeals or _entities', async () => {
  const appeal = await submitAppeal(ivanov);
  const direct = await stack.request(petrova, 'query($id: ID!) { appeal(id: $id) { number comment } }', {
    id: appeal.id,
  });
  expect(direct.data).toBeNull();
  expect(direct.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

  const mine = await stack.request(petrova, '{ myAppeals { id } }');
  expect(mine.data!['myAppeals']).not.toContainEqual({ id: appeal.id });

  const asPetrova = await internalClient({ caller: GATEWAY, secret: TEST_INTERNAL_SECRET }).headers(
    'citizen',
    {
      kind: 'user',
      userId: demoUserIds.petrova,
      roles: ['CITIZEN'],
      jobCenterId: null,
      organizationId: null,
    },
  );
  const entities = await graphqlRequest(
    stack.subgraphs.citizen.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { number comment } } }',
    { r: [{ __typename: 'Appeal', id: appeal.id }] },
    asPetrova,
  );
  expect(entities.data!['_entities']).toEqual([null]);
  expect(JSON.stringify(entities)).not.toContain(appeal.number);
});

test('staff of Biysk cannot see or act on a Barnaul appeal', async () => {
  const appeal = await submitAppeal(ivanov);
  const take = await stack.takeAppealIntoWork(biyskOperator, appeal.id);
  expect(take.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  const read = await stack.request(biyskOperator, 'query($id: ID!) { appeal(id: $id) { number } }', {
    id: appeal.id,
  });
  expect(read.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  const desk = await stack.request(biyskOperator, '{ jobCenterAppeals { id } }');
  expect(desk.data!['jobCenterAppeals']).not.toContainEqual({ id: appeal.id });
  const after = await stack.request(ivanov, 'query($id: ID!) { appeal(id: $id) { status } }', {
    id: appeal.id,
  });
  expect(after.data!['appeal']).toEqual({ status: 'REGISTERED' });
});

test('a citizen cannot call staff operations', async () => {
  const appeal = await submitAppeal(ivanov);
  for (const mutation of [
    'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }',
    'mutation($id: ID!) { completeAppeal(id: $id, result: "сам себе") { status } }',
    'mutation($id: ID!) { rejectAppeal(id: $id, reason: "сам себе") { status } }',
  ]) {
    const { errors } = await stack.request(ivanov, mutation, { id: appeal.id });
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  const desk = await stack.request(ivanov, '{ jobCenterAppeals { id } }');
  expect(desk.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

test('an operator cannot submit appeals in a citizen’s name', async () => {
  const { errors } = await stack.request(barnaulOperator, SUBMIT, {
    input: {
      type: 'JOB_SEARCH_ASSISTANCE',
      jobCenterId: demoJobCenterIds.barnaul,
      contactPhone: '+79131234567',
    },
  });
  expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

test('no token is UNAUTHENTICATED for personal data; a bad token is refused with 401', async () => {
  const anonymous = await stack.request(null, '{ myAppeals { id } }');
  expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  const forged = await stack.request('not-a-token', '{ jobCenters { id } }');
  expect(forged.status).toBe(401);
  expect(forged.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('public catalogues need no sign-in', async () => {
  const { data, errors } = await stack.request(
    null,
    '{ jobCenters { name } vacancies { title jobCenter { city } } lifeSituations { name offerings { name mandatory } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!['jobCenters']).toHaveLength(8);
  expect(data!['vacancies'].length).toBeGreaterThan(0);
  expect(data!['vacancies'][0].jobCenter.city).toEqual(expect.any(String));
  expect(data!['lifeSituations'][0].offerings.length).toBeGreaterThan(0);
});

test('every subgraph refuses callers without a valid gateway token, _service and _entities included', async () => {
  for (const running of Object.values(stack.subgraphs)) {
    expect(await answersWithoutGatewayToken(running.url)).toEqual(
      Array(4).fill({ status: 401, code: 'UNAUTHENTICATED' }),
    );
  }
});

test('myAppeals with job centre and applicant issues as many SQL statements for 50 appeals as for 5', async () => {
  const QUERY = '{ myAppeals { number status jobCenter { name } applicant { fullName } } }';
  const petrovaAppeals = async () => (await stack.request(petrova, QUERY)).data!['myAppeals'] as unknown[];
  const existing = (await petrovaAppeals()).length;
  for (let i = existing; i < 5; i++)
    await submitAppeal(petrova, i % 2 ? demoJobCenterIds.barnaul : demoJobCenterIds.biysk);

  stack.sql.reset();
  expect(await petrovaAppeals()).toHaveLength(5);
  const forFive = stack.sql.snapshot();

  for (let i = 5; i < 50; i++)
    await submitAppeal(petrova, i % 2 ? demoJobCenterIds.barnaul : demoJobCenterIds.biysk);
  stack.sql.reset();
  expect(await petrovaAppeals()).toHaveLength(50);
  const forFifty = stack.sql.snapshot();

  expect(forFifty).toEqual(forFive);
  expect(forFifty).toEqual({ citizen: 1, identity: 1, scheduling: 1 });
});

test('the gateway keeps a caller’s request id, or gives one, and returns it', async () => {
  const given = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
    body: JSON.stringify({ query: '{ jobCenters { id } }' }),
  });
  expect(given.headers.get('x-request-id')).toBe('trace-42');
  const made = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ jobCenters { id } }' }),
  });
  expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('an appeal with news is unread for the citizen until opened; the desk shows it plain, with the contact phone', async () => {
  const appeal = await submitAppeal(ivanov);
  const mine = async () =>
    ((await stack.request(ivanov, '{ myAppeals { id unread } }')).data!['myAppeals'] as unknown[]).find(
      (a) => (a as { id: string }).id === appeal.id,
    );
  expect(await mine()).toEqual({ id: appeal.id, unread: false });
  await stack.takeAppealIntoWork(barnaulOperator, appeal.id);
  expect(await mine()).toEqual({ id: appeal.id, unread: true });

  stack.sql.reset();
  const desk = await stack.request(
    barnaulOperator,
    '{ jobCenterAppeals(status: IN_PROGRESS, type: JOB_SEARCH_ASSISTANCE) { id unread contactPhone applicant { fullName phone } } }',
  );
  expect(desk.errors).toBeUndefined();
  expect(desk.data!['jobCenterAppeals']).toContainEqual({
    id: appeal.id,
    unread: false,
    contactPhone: '+79131234567',
    applicant: { fullName: 'Иванов Иван Иванович', phone: '+79131234567' },
  });
  // One select in each subgraph; the phones shown add each subgraph's audit write (152-ФЗ): citizen's outbox
  // event (begin, lock, insert, notify, commit) and identity's row (begin, insert, commit).
  expect(stack.sql.snapshot()).toEqual({ citizen: 6, identity: 4 });

  const marked = await stack.request(ivanov, 'mutation($id: ID!) { markAppealRead(id: $id) { unread } }', {
    id: appeal.id,
  });
  expect(marked.data!['markAppealRead']).toEqual({ unread: false });
  expect(await mine()).toEqual({ id: appeal.id, unread: false });
  const byPetrova = await stack.request(
    petrova,
    'mutation($id: ID!) { markAppealRead(id: $id) { unread } }',
    {
      id: appeal.id,
    },
  );
  expect(byPetrova.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('a citizen sees who handled the appeal but not the official’s phone or e-mail', async () => {
  const appeal = await submitAppeal(ivanov);
  await stack.takeAppealIntoWork(barnaulOperator, appeal.id);
  const { data, errors } = await stack.request(
    ivanov,
    'query($id: ID!) { appeal(id: $id) { applicant { phone email } history { changedBy { fullName phone email } } } }',
    { id: appeal.id },
  );
  expect(errors).toBeUndefined();
  expect(data!['appeal'].applicant).toEqual({ phone: '+79131234567', email: 'ivanov@example.ru' });
  expect(data!['appeal'].history[1].changedBy).toEqual({
    fullName: 'Смирнова Ольга Петровна',
    phone: null,
    email: null,
  });
});
