import { randomUUID } from 'node:crypto';
import { OutboxEvent } from '@czn/events';
import { PERSONAL_DATA_EVENT, type SignedInViewer } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../../test/citizen-alone';
import { PersonalCase, PersonalCaseChange } from './personal-case.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
});
afterAll(() => harness.stop());

/** A centre, its registrar and a citizen of each test alone. */
let centre: string;
let registrar: SignedInViewer;
let ivanov: SignedInViewer;
beforeEach(() => {
  centre = randomUUID();
  registrar = someone.staff(['REGISTRAR'], centre);
  ivanov = someone.citizen();
});

const CASE_FIELDS = `id status purpose openedOn personalAccountNumber closedOn closeReason jobCenter { id }
  history { kind fromStatus toStatus reason changedBy { id } }`;
const OPEN = `mutation($input: OpenPersonalCaseInput!) { openPersonalCase(input: $input) { ${CASE_FIELDS} } }`;
const open = (input: Record<string, unknown>, staff: SignedInViewer = registrar) =>
  harness.request(staff, OPEN, {
    input: { citizenId: ivanov.userId, status: 'JOB_SEEKER', openedOn: '2026-12-01', ...input },
  });
const opened = async (input: Record<string, unknown> = {}, staff: SignedInViewer = registrar) => {
  const { data, errors } = await open(input, staff);
  expect(errors).toBeUndefined();
  return data!['openPersonalCase'] as { id: string; status: string };
};
const CHANGE = `mutation($id: ID!, $status: PersonalCaseStatus!, $reason: String!) {
  changePersonalCaseStatus(id: $id, status: $status, reason: $reason) { ${CASE_FIELDS} } }`;
const ACCOUNT = `mutation($id: ID!, $number: String!) { setPersonalAccount(id: $id, number: $number) { ${CASE_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $reason: String!) { closePersonalCase(id: $id, reason: $reason) { ${CASE_FIELDS} } }`;
const ONE = `query($id: ID!) { personalCase(id: $id) { id status } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalCase { id status personalAccountNumber } } }`;
const code = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.['code'];
const casesOf = (citizen: SignedInViewer) =>
  harness.running.orm.em.fork().count(PersonalCase, { citizenId: citizen.userId });
const lastEventId = async () => {
  const [last] = await harness.running.orm.em
    .fork()
    .find(OutboxEvent, {}, { orderBy: { id: 'desc' }, limit: 1 });
  return last?.id ?? '0';
};
const eventsAfter = (id: string, where: Record<string, unknown> = {}) =>
  harness.running.orm.em.fork().find(OutboxEvent, { id: { $gt: id }, ...where }, { orderBy: { id: 'asc' } });

test('a registrar opens a case as unemployed with an account: one history row, one event to the citizen and the centre', async () => {
  const before = await lastEventId();
  const personalCase = await opened({
    status: 'UNEMPLOYED',
    personalAccountNumber: '4081 7810 0000 0001 2345',
  });
  expect(personalCase).toEqual({
    id: expect.any(String),
    status: 'UNEMPLOYED',
    purpose: 'JOB_SEARCH',
    openedOn: '2026-12-01',
    personalAccountNumber: '40817810000000012345',
    closedOn: null,
    closeReason: null,
    jobCenter: { id: centre },
    history: [
      {
        kind: 'OPENED',
        fromStatus: null,
        toStatus: 'UNEMPLOYED',
        reason: null,
        changedBy: { id: registrar.userId },
      },
    ],
  });
  const [event] = await eventsAfter(before, { entityType: 'PersonalCase' });
  expect(event).toMatchObject({
    stream: 'citizen',
    type: 'OPENED',
    entityId: personalCase.id,
    audience: { userIds: [ivanov.userId], jobCenterIds: [centre] },
    data: { status: 'UNEMPLOYED' },
  });
  const mine = await harness.request(ivanov, `{ myPersonalCases { ${CASE_FIELDS} } }`);
  expect(mine.data!['myPersonalCases']).toEqual([personalCase]);
});

test('status changes, the account and closing are history rows with who, from, to and why; a closed case stays closed', async () => {
  const { id } = await opened();
  const consultant = someone.staff(['CAREER_CONSULTANT'], centre);
  const changed = await harness.request(consultant, CHANGE, {
    id,
    status: 'UNEMPLOYED',
    reason: 'Признан безработным приказом № 12',
  });
  expect(changed.errors).toBeUndefined();
  expect((await harness.request(registrar, ACCOUNT, { id, number: '123456' })).errors).toBeUndefined();
  const closed = await harness.request(registrar, CLOSE, { id, reason: 'Трудоустроен' });
  expect(closed.errors).toBeUndefined();
  const personalCase = closed.data!['closePersonalCase'];
  expect(personalCase).toMatchObject({
    status: 'CLOSED',
    personalAccountNumber: '123456',
    closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    closeReason: 'Трудоустроен',
  });
  expect(personalCase.history).toEqual([
    {
      kind: 'OPENED',
      fromStatus: null,
      toStatus: 'JOB_SEEKER',
      reason: null,
      changedBy: { id: registrar.userId },
    },
    {
      kind: 'STATUS_CHANGED',
      fromStatus: 'JOB_SEEKER',
      toStatus: 'UNEMPLOYED',
      reason: 'Признан безработным приказом № 12',
      changedBy: { id: consultant.userId },
    },
    {
      kind: 'ACCOUNT_SET',
      fromStatus: 'UNEMPLOYED',
      toStatus: 'UNEMPLOYED',
      reason: null,
      changedBy: { id: registrar.userId },
    },
    {
      kind: 'CLOSED',
      fromStatus: 'UNEMPLOYED',
      toStatus: 'CLOSED',
      reason: 'Трудоустроен',
      changedBy: { id: registrar.userId },
    },
  ]);
  const again = await harness.request(registrar, CHANGE, { id, status: 'JOB_SEEKER', reason: 'Ошибка' });
  expect(code(again)).toBe('CONFLICT');
  expect(await harness.running.orm.em.fork().count(PersonalCaseChange, { personalCase: id })).toBe(4);
  expect((await opened()).status).toBe('JOB_SEEKER');
});

test('bad input names the field and writes nothing', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ openedOn: '2026-02-30' }, 'openedOn'],
    [{ openedOn: '05.12.2026' }, 'openedOn'],
    [{ openedOn: '2999-01-01' }, 'openedOn'],
    [{ personalAccountNumber: '12ab' }, 'personalAccountNumber'],
    [{ status: 'CLOSED' }, 'status'],
    [{ citizenId: 'ivanov' }, 'citizenId'],
  ];
  for (const [input, field] of cases)
    expect((await open(input)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(await casesOf(ivanov)).toBe(0);
  const { id } = await opened();
  const noReason = await harness.request(registrar, CHANGE, { id, status: 'UNEMPLOYED', reason: '  ' });
  expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  const badAccount = await harness.request(registrar, ACCOUNT, { id, number: '12' });
  expect(badAccount.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  const same = await harness.request(registrar, CHANGE, {
    id,
    status: 'JOB_SEEKER',
    reason: 'Без изменений',
  });
  expect(code(same)).toBe('CONFLICT');
  expect(await harness.running.orm.em.fork().count(PersonalCaseChange, { personalCase: id })).toBe(1);
});

test('one open case per citizen per centre, also when registrars open it at once; another centre may open its own', async () => {
  const colleagues = Array.from({ length: 5 }, () => someone.staff(['REGISTRAR'], centre));
  const results = await Promise.all(colleagues.map((colleague) => open({}, colleague)));
  expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
  for (const refused of results.filter((result) => result.errors !== undefined)) {
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/уже есть открытое личное дело/);
  }
  expect(await casesOf(ivanov)).toBe(1);
  await opened({}, someone.staff(['CAREER_CONSULTANT']));
  expect(await casesOf(ivanov)).toBe(2);
});

test('a retried opening with the same idempotency key returns the first case', async () => {
  const first = await opened({ idempotencyKey: 'open-1' });
  const again = await opened({ idempotencyKey: 'open-1' });
  expect(again.id).toBe(first.id);
  expect(await casesOf(ivanov)).toBe(1);
});

test('another citizen, another centre, other staff roles, employers and partners neither read nor change a case by any path', async () => {
  const personalCase = await opened({ status: 'UNEMPLOYED', personalAccountNumber: '123456789' });
  const [event] = await eventsAfter('0', { entityType: 'PersonalCase', entityId: personalCase.id });
  const outsiders = [
    someone.citizen(),
    someone.staff(['REGISTRAR']),
    someone.staff(['JOB_SELECTION_SPECIALIST'], centre),
    someone.employer(),
    someone.partner(),
  ];
  for (const outsider of outsiders) {
    const one = await harness.request(outsider, ONE, { id: personalCase.id });
    expect(code(one)).toBe('NOT_FOUND');
    const entities = await harness.request(outsider, ENTITIES, {
      r: [{ __typename: 'PersonalCase', id: personalCase.id }],
    });
    expect(code(entities)).toBe('NOT_FOUND');
    expect(JSON.stringify(entities.data)).not.toContain('123456789');
    const eventRead = await harness.request(
      outsider,
      'query($id: ID!) { personalCaseEvent(eventId: $id) { status } }',
      {
        id: event!.id,
      },
    );
    expect(code(eventRead)).toBe('NOT_FOUND');
    for (const [mutation, variables] of [
      [CHANGE, { id: personalCase.id, status: 'JOB_SEEKER', reason: 'Попытка' }],
      [ACCOUNT, { id: personalCase.id, number: '999999' }],
      [CLOSE, { id: personalCase.id, reason: 'Попытка' }],
    ] as const) {
      const result = await harness.request(outsider, mutation, variables);
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code(result));
    }
    const list = await harness.request(outsider, '{ jobCenterPersonalCases { id } }');
    if (list.errors === undefined) expect(list.data!['jobCenterPersonalCases']).toEqual([]);
    else expect(code(list)).toBe('FORBIDDEN');
  }
  expect(code(await open({}, someone.citizen()))).toBe('FORBIDDEN');
  expect(code(await open({}, someone.staff(['JOB_SELECTION_SPECIALIST'], randomUUID())))).toBe('FORBIDDEN');
  const unchanged = await harness.request(ivanov, ONE, { id: personalCase.id });
  expect(unchanged.data!['personalCase']).toEqual({ id: personalCase.id, status: 'UNEMPLOYED' });
  const own = await harness.request(ivanov, ENTITIES, {
    r: [{ __typename: 'PersonalCase', id: personalCase.id }],
  });
  expect(own.data!['_entities'][0]).toMatchObject({ personalAccountNumber: '123456789' });
});

test('staff see their centre’s cases of the citizen in full and only that an open case exists elsewhere', async () => {
  const elsewhere = randomUUID();
  const closedElsewhere = randomUUID();
  const here = await opened();
  await opened({ status: 'UNEMPLOYED' }, someone.staff(['REGISTRAR'], elsewhere));
  const gone = await opened({}, someone.staff(['REGISTRAR'], closedElsewhere));
  await harness.request(someone.staff(['REGISTRAR'], closedElsewhere), CLOSE, {
    id: gone.id,
    reason: 'Снят с учёта',
  });
  const { data, errors } = await harness.request(
    registrar,
    `query($id: ID!) { citizenPersonalCases(citizenId: $id) { here { id status } elsewhere { jobCenter { id } } } }`,
    { id: ivanov.userId },
  );
  expect(errors).toBeUndefined();
  expect(data!['citizenPersonalCases']).toEqual({
    here: [{ id: here.id, status: 'JOB_SEEKER' }],
    elsewhere: [{ jobCenter: { id: elsewhere } }],
  });
  expect(
    code(
      await harness.request(
        ivanov,
        `query($id: ID!) { citizenPersonalCases(citizenId: $id) { here { id } } }`,
        {
          id: ivanov.userId,
        },
      ),
    ),
  ).toBe('FORBIDDEN');
});

test('the centre’s list with history is a constant number of statements in N, and audits what it shows in one event', async () => {
  const list = async () => {
    const before = await lastEventId();
    harness.sql.reset();
    const { data, errors } = await harness.request(
      registrar,
      `{ jobCenterPersonalCases(status: UNEMPLOYED) { id status personalAccountNumber history { kind changedBy { id } } } }`,
    );
    expect(errors).toBeUndefined();
    const statements = harness.sql.snapshot()['citizen'];
    expect(await eventsAfter(before, { type: PERSONAL_DATA_EVENT })).toHaveLength(1);
    return { ids: (data!['jobCenterPersonalCases'] as Array<{ id: string }>).map((c) => c.id), statements };
  };
  const first = await opened({ status: 'UNEMPLOYED', personalAccountNumber: '111111' }, registrar);
  const one = await list();
  expect(one.ids).toEqual([first.id]);
  for (let i = 0; i < 3; i += 1) {
    ivanov = someone.citizen();
    await opened({ status: 'UNEMPLOYED', openedOn: '2026-11-0' + String(i + 1) });
  }
  ivanov = someone.citizen();
  await opened({ status: 'JOB_SEEKER' });
  const four = await list();
  expect(four.ids).toHaveLength(4);
  expect(four.statements).toBe(one.statements);
});

test('identity may ask whether a person has a case at the asking staff member’s centre only', async () => {
  await opened();
  const ask = (staff: SignedInViewer, jobCenterId: string) =>
    harness.request(
      staff,
      'query($p: ID!, $j: ID!) { citizenHasPersonalCaseAt(personId: $p, jobCenterId: $j) }',
      { p: ivanov.userId, j: jobCenterId },
    );
  expect((await ask(registrar, centre)).data!['citizenHasPersonalCaseAt']).toBe(true);
  const other = someone.staff(['REGISTRAR']);
  expect((await ask(other, other.jobCenterId!)).data!['citizenHasPersonalCaseAt']).toBe(false);
  expect(code(await ask(other, centre))).toBe('FORBIDDEN');
});
