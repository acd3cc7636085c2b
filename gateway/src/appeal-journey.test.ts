import { GATEWAY, internalClient } from '@czn/kernel';
import { answersWithoutGatewayToken, graphqlRequest, TEST_INTERNAL_SECRET } from '@czn/testing';
import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id number status } }`;
const takeIntoWork = (token: string, id: string) =>
  stack.request(token, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }', { id });

test('a citizen applies, the job centre takes the appeal into work and completes it, the citizen reads it back', async () => {
  const { jobCenter, operator, citizen, appeal } = await given(stack)
    .jobCenter({ name: 'Центр занятости населения г. Барнаул' })
    .staff('REGISTRAR', { as: 'operator', fullName: 'Смирнова Ольга Петровна' })
    .citizen({ fullName: 'Иванов Иван Иванович' })
    .appeal();

  const desk = await stack.request(
    operator.token,
    '{ jobCenterAppeals(status: REGISTERED) { id applicant { fullName } } }',
  );
  expect(desk.data!['jobCenterAppeals']).toEqual([
    { id: appeal.id, applicant: { fullName: citizen.fullName } },
  ]);

  const taken = await takeIntoWork(operator.token, appeal.id);
  expect(taken.data!['takeAppealIntoWork']).toEqual({ status: 'IN_PROGRESS' });
  const completed = await stack.request(
    operator.token,
    'mutation($id: ID!) { completeAppeal(id: $id, result: "Выдано направление на собеседование") { status } }',
    { id: appeal.id },
  );
  expect(completed.data!['completeAppeal']).toEqual({ status: 'COMPLETED' });

  const { data, errors } = await stack.request(
    citizen.token,
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
    jobCenter: { name: jobCenter.name, city: 'Барнаул' },
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
  const { appeal, other } = await given(stack).citizen().appeal().citizen({ as: 'other' });
  const direct = await stack.request(other.token, 'query($id: ID!) { appeal(id: $id) { number comment } }', {
    id: appeal.id,
  });
  expect(direct.data).toBeNull();
  expect(direct.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

  const mine = await stack.request(other.token, '{ myAppeals { id } }');
  expect(mine.data!['myAppeals']).toEqual([]);

  const asOther = await internalClient({ caller: GATEWAY, secret: TEST_INTERNAL_SECRET }).headers(
    'citizen',
    other.viewer,
  );
  const entities = await graphqlRequest(
    stack.subgraphs.citizen.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { number comment } } }',
    { r: [{ __typename: 'Appeal', id: appeal.id }] },
    asOther,
  );
  expect(entities.data!['_entities']).toEqual([null]);
  expect(JSON.stringify(entities)).not.toContain(appeal.number);
});

test('staff of another job centre cannot see or act on an appeal', async () => {
  const { citizen, appeal, otherStaff } = await given(stack)
    .citizen()
    .appeal()
    .jobCenter({ as: 'otherCenter' })
    .staff('REGISTRAR', { as: 'otherStaff' });
  const take = await takeIntoWork(otherStaff.token, appeal.id);
  expect(take.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  const read = await stack.request(otherStaff.token, 'query($id: ID!) { appeal(id: $id) { number } }', {
    id: appeal.id,
  });
  expect(read.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  const desk = await stack.request(otherStaff.token, '{ jobCenterAppeals { id } }');
  expect(desk.data!['jobCenterAppeals']).toEqual([]);
  const after = await stack.request(citizen.token, 'query($id: ID!) { appeal(id: $id) { status } }', {
    id: appeal.id,
  });
  expect(after.data!['appeal']).toEqual({ status: 'REGISTERED' });
});

test('a citizen cannot call staff operations', async () => {
  const { citizen, appeal } = await given(stack).citizen().appeal();
  for (const mutation of [
    'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }',
    'mutation($id: ID!) { completeAppeal(id: $id, result: "сам себе") { status } }',
    'mutation($id: ID!) { rejectAppeal(id: $id, reason: "сам себе") { status } }',
  ]) {
    const { errors } = await stack.request(citizen.token, mutation, { id: appeal.id });
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  }
  const desk = await stack.request(citizen.token, '{ jobCenterAppeals { id } }');
  expect(desk.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

test('an operator cannot submit appeals in a citizen’s name', async () => {
  const { jobCenter, staff } = await given(stack).jobCenter().staff('REGISTRAR');
  const { errors } = await stack.request(staff.token, SUBMIT, {
    input: {
      type: 'JOB_SEARCH_ASSISTANCE',
      jobCenterId: jobCenter.id,
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
  const { jobCenter, vacancy } = await given(stack)
    .jobCenter({ name: 'Центр занятости населения г. Рубцовск' })
    .organization()
    .vacancy({ title: 'Сварщик' });
  const { data, errors } = await stack.request(
    null,
    '{ jobCenters { id name } vacancies { id title jobCenter { city } } lifeSituations { name offerings { name mandatory } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!['jobCenters']).toContainEqual({ id: jobCenter.id, name: jobCenter.name });
  expect(data!['vacancies']).toContainEqual({
    id: vacancy.id,
    title: 'Сварщик',
    jobCenter: { city: 'Барнаул' },
  });
  // The catalogue of seed 003 comes with routing's migrations, demo data or not.
  expect(data!['lifeSituations']).toEqual([
    expect.objectContaining({ name: 'Граждане, имеющие алиментные обязательства' }),
  ]);
  expect(data!['lifeSituations'][0].offerings).toHaveLength(61);
});

test('every subgraph refuses callers without a valid gateway token, _service and _entities included', async () => {
  for (const running of Object.values(stack.subgraphs)) {
    expect(await answersWithoutGatewayToken(running.url)).toEqual(
      Array(4).fill({ status: 401, code: 'UNAUTHENTICATED' }),
    );
  }
});

test('myAppeals with job centre and applicant issues as many SQL statements for 50 appeals as for 5', async () => {
  const { citizen, one, another } = await given(stack)
    .jobCenter({ as: 'one' })
    .jobCenter({ as: 'another' })
    .citizen();
  const QUERY = '{ myAppeals { number status jobCenter { name } applicant { fullName } } }';
  const appeals = async () => (await stack.request(citizen.token, QUERY)).data!['myAppeals'] as unknown[];
  const submit = async (from: number, to: number) => {
    for (let i = from; i < to; i++) await given(stack).appeal({ citizen, jobCenter: i % 2 ? one : another });
  };
  // A request first, so that the gateway's periodic session check (an identity statement) is done before the
  // measured one: the 45 submissions between the two measurements take longer than its period under load.
  const measured = async () => {
    await appeals();
    stack.sql.reset();
    const list = await appeals();
    return { list, statements: stack.sql.snapshot() };
  };
  await submit(0, 5);

  const five = await measured();
  expect(five.list).toHaveLength(5);

  await submit(5, 50);
  const fifty = await measured();
  expect(fifty.list).toHaveLength(50);

  expect(fifty.statements).toEqual(five.statements);
  expect(fifty.statements).toEqual({ citizen: 1, identity: 1, scheduling: 1 });
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
  const { operator, citizen, appeal, other } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR', { as: 'operator' })
    .citizen({ phone: '+79131234567' })
    .appeal({ contactPhone: '+7 (913) 765-43-21' })
    .citizen({ as: 'other' });
  const mine = async () =>
    (await stack.request(citizen.token, '{ myAppeals { id unread } }')).data!['myAppeals'];
  expect(await mine()).toEqual([{ id: appeal.id, unread: false }]);
  await takeIntoWork(operator.token, appeal.id);
  expect(await mine()).toEqual([{ id: appeal.id, unread: true }]);

  stack.sql.reset();
  const desk = await stack.request(
    operator.token,
    '{ jobCenterAppeals(status: IN_PROGRESS, type: JOB_SEARCH_ASSISTANCE) { id unread contactPhone applicant { fullName phone } } }',
  );
  expect(desk.errors).toBeUndefined();
  expect(desk.data!['jobCenterAppeals']).toEqual([
    {
      id: appeal.id,
      unread: false,
      contactPhone: '+79137654321',
      applicant: { fullName: citizen.fullName, phone: '+79131234567' },
    },
  ]);
  // One select in each subgraph; the phones shown add each subgraph's audit write (152-ФЗ): citizen's outbox
  // event (begin, lock, insert, notify, commit) and identity's row (begin, insert, commit).
  expect(stack.sql.snapshot()).toEqual({ citizen: 6, identity: 4 });

  const MARK_READ = 'mutation($id: ID!) { markAppealRead(id: $id) { unread } }';
  const marked = await stack.request(citizen.token, MARK_READ, { id: appeal.id });
  expect(marked.data!['markAppealRead']).toEqual({ unread: false });
  expect(await mine()).toEqual([{ id: appeal.id, unread: false }]);
  const byOther = await stack.request(other.token, MARK_READ, { id: appeal.id });
  expect(byOther.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('a citizen sees who handled the appeal but not the official’s phone or e-mail', async () => {
  const { citizen, appeal } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR', {
      fullName: 'Смирнова Ольга Петровна',
      phone: '+73852000001',
      email: 'smirnova@czn.example.ru',
    })
    .citizen({ phone: '+79131234567', email: 'ivanov@example.ru' })
    .appeal({ status: 'IN_PROGRESS' });
  const { data, errors } = await stack.request(
    citizen.token,
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
