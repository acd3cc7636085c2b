import { randomUUID } from 'node:crypto';
import { given, type PersonHandle } from '@czn/tools';
import { liveClient, subscribeLive } from './test/live-client';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await stack.stop();
});

const SERVICES = '{ citizenServices { service available unavailableReason } }';
const NOT_CONNECTED = /^Услуга пока не подключена на портале/;

/** Which of the case-bound services of seed 001 the citizen can use now, and what the others say. */
async function availabilityOf(citizen: PersonHandle) {
  const { data, errors } = await stack.request(citizen.token, SERVICES);
  expect(errors).toBeUndefined();
  const rows = data!['citizenServices'] as Array<{
    service: string;
    available: boolean;
    unavailableReason: string | null;
  }>;
  const byService = Object.fromEntries(rows.map((row) => [row.service, row]));
  for (const always of ['JOB_SEARCH_ASSISTANCE', 'LABOR_MARKET_INFO', 'CAREER_GUIDANCE', 'RESUME'])
    expect(byService[always]).toMatchObject({ available: true, unavailableReason: null });
  for (const notYet of ['APPOINTMENT', 'INTERACTIONS', 'NOTIFICATIONS', 'SERVICE_RATING'])
    expect(byService[notYet]!.unavailableReason).toMatch(NOT_CONNECTED);
  const reasonOf = (service: string) => {
    const reason = byService[service]!.unavailableReason;
    if (reason === null) return 'доступна';
    if (NOT_CONNECTED.test(reason)) return 'не подключена';
    if (reason.includes('в статусе "Безработный"')) return 'нужен статус «Безработный»';
    if (reason.includes('лицевой счёт')) return 'нужен лицевой счёт';
    if (reason.includes('открытом личном деле')) return 'нужно открытое личное дело';
    return reason;
  };
  return [
    'PUBLIC_WORKS',
    'TEMPORARY_EMPLOYMENT',
    'VOCATIONAL_TRAINING',
    'SELF_EMPLOYMENT_SUPPORT',
    'SOCIAL_PAYMENTS_INFO',
  ].map((service) => [service, reasonOf(service)]);
}

/** A SNILS of this test alone, as identity keeps it, and its 11 digits as a registrar may type them. */
function newSnils() {
  const digits = randomUUID().replace(/\D/g, '').padEnd(11, '3').slice(0, 11);
  return {
    digits,
    snils: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`,
  };
}

const CASE = 'нужно открытое личное дело';
const UNEMPLOYED = 'нужен статус «Безработный»';
const ACCOUNT = 'нужен лицевой счёт';

test('seed 001, row by row: no case', async () => {
  const { citizen } = await given(stack).jobCenter().citizen();
  expect(await availabilityOf(citizen)).toEqual([
    ['PUBLIC_WORKS', CASE],
    ['TEMPORARY_EMPLOYMENT', CASE],
    ['VOCATIONAL_TRAINING', UNEMPLOYED],
    ['SELF_EMPLOYMENT_SUPPORT', UNEMPLOYED],
    ['SOCIAL_PAYMENTS_INFO', ACCOUNT],
  ]);
});

test('seed 001, row by row: a job seeker', async () => {
  const { citizen } = await given(stack).jobCenter().citizen().personalCase({ status: 'JOB_SEEKER' });
  expect(await availabilityOf(citizen)).toEqual([
    ['PUBLIC_WORKS', 'доступна'],
    ['TEMPORARY_EMPLOYMENT', 'доступна'],
    ['VOCATIONAL_TRAINING', UNEMPLOYED],
    ['SELF_EMPLOYMENT_SUPPORT', UNEMPLOYED],
    ['SOCIAL_PAYMENTS_INFO', ACCOUNT],
  ]);
});

test('seed 001, row by row: unemployed', async () => {
  const { citizen } = await given(stack).jobCenter().citizen().personalCase({ status: 'UNEMPLOYED' });
  expect(await availabilityOf(citizen)).toEqual([
    ['PUBLIC_WORKS', 'доступна'],
    ['TEMPORARY_EMPLOYMENT', 'доступна'],
    ['VOCATIONAL_TRAINING', 'доступна'],
    ['SELF_EMPLOYMENT_SUPPORT', 'доступна'],
    ['SOCIAL_PAYMENTS_INFO', ACCOUNT],
  ]);
});

test('seed 001, row by row: unemployed with a personal account', async () => {
  const { citizen } = await given(stack)
    .jobCenter()
    .citizen()
    .personalCase({ status: 'UNEMPLOYED', personalAccountNumber: '40817810000000012345' });
  expect(await availabilityOf(citizen)).toEqual([
    ['PUBLIC_WORKS', 'доступна'],
    ['TEMPORARY_EMPLOYMENT', 'доступна'],
    ['VOCATIONAL_TRAINING', 'доступна'],
    ['SELF_EMPLOYMENT_SUPPORT', 'доступна'],
    ['SOCIAL_PAYMENTS_INFO', 'не подключена'],
  ]);
});

test('seed 001, row by row: a closed case counts for nothing', async () => {
  const { citizen, staff, personalCase } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR')
    .citizen()
    .personalCase({ status: 'UNEMPLOYED', personalAccountNumber: '40817810000000012345' });
  const closed = await stack.request(
    staff.token,
    'mutation($id: ID!) { closePersonalCase(id: $id, reason: "Трудоустроен") { status } }',
    { id: personalCase.id },
  );
  expect(closed.data!['closePersonalCase']).toEqual({ status: 'CLOSED' });
  expect(await availabilityOf(citizen)).toEqual([
    ['PUBLIC_WORKS', CASE],
    ['TEMPORARY_EMPLOYMENT', CASE],
    ['VOCATIONAL_TRAINING', UNEMPLOYED],
    ['SELF_EMPLOYMENT_SUPPORT', UNEMPLOYED],
    ['SOCIAL_PAYMENTS_INFO', ACCOUNT],
  ]);
});

test('a registrar finds the citizen by SNILS, sees the centre’s case in full and another centre’s only by name; the citizen sees both', async () => {
  const { digits, snils } = newSnils();
  const { barnaul, biysk, registrar, citizen } = await given(stack)
    .jobCenter({ as: 'biysk', name: 'Центр занятости населения г. Бийск' })
    .citizen({ fullName: 'Петрова Анна Сергеевна', snils })
    .personalCase({ status: 'UNEMPLOYED' })
    .jobCenter({ as: 'barnaul', name: 'Центр занятости населения г. Барнаул' })
    .staff('REGISTRAR', { as: 'registrar' })
    .personalCase({ as: 'here', status: 'JOB_SEEKER' });
  const found = await stack.request(
    registrar.token,
    'query($s: String) { findCitizens(snils: $s) { id fullName } }',
    {
      s: digits,
    },
  );
  expect(found.data!['findCitizens']).toEqual([{ id: citizen.id, fullName: 'Петрова Анна Сергеевна' }]);
  const cases = await stack.request(
    registrar.token,
    `query($id: ID!) { citizenPersonalCases(citizenId: $id) {
      here { status jobCenter { name } history { kind changedBy { fullName } } }
      elsewhere { jobCenter { name } } } }`,
    { id: citizen.id },
  );
  expect(cases.errors).toBeUndefined();
  expect(cases.data!['citizenPersonalCases']).toEqual({
    here: [
      {
        status: 'JOB_SEEKER',
        jobCenter: { name: 'Центр занятости населения г. Барнаул' },
        history: [{ kind: 'OPENED', changedBy: { fullName: registrar.fullName } }],
      },
    ],
    elsewhere: [{ jobCenter: { name: 'Центр занятости населения г. Бийск' } }],
  });
  const mine = await stack.request(citizen.token, '{ myPersonalCases { status jobCenter { id name } } }');
  expect(
    (mine.data!['myPersonalCases'] as Array<{ status: string; jobCenter: { id: string } }>)
      .map((c) => [c.jobCenter.id, c.status])
      .sort(),
  ).toEqual(
    [
      [barnaul.id, 'JOB_SEEKER'],
      [biysk.id, 'UNEMPLOYED'],
    ].sort(),
  );
});

test('a case at the centre lets its administrator read the person’s trail, as an appeal does', async () => {
  const { digits, snils } = newSnils();
  const trail = (admin: PersonHandle) =>
    stack.request(
      admin.token,
      'query($s: PersonalDataSubjectInput!) { personalDataAudit(subject: $s) { person { id } } }',
      { s: { snils: digits } },
    );
  const { admin, citizen, jobCenter } = await given(stack)
    .jobCenter()
    .staff('ADMIN', { as: 'admin' })
    .citizen({ snils });
  expect((await trail(admin)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  await given(stack).personalCase({ citizen, jobCenter });
  expect((await trail(admin)).data!['personalDataAudit'].person).toEqual({ id: citizen.id });
});

test('the citizen learns of their case live when staff open it and change its status, and of nobody else’s', async () => {
  const { citizen, staff, jobCenter } = await given(stack).jobCenter().staff('REGISTRAR').citizen();
  const client = liveClient(stack.gateway.url, citizen.token);
  clients.push(client);
  // From the first event on: the citizen is new, so whatever was recorded before attaching comes too.
  const watcher = subscribeLive(
    client,
    'subscription { myPersonalCasesUpdated(sinceEventId: "0") { type status personalCase { id status jobCenter { id } } } }',
  );
  const { personalCase } = await given(stack).personalCase({ citizen, jobCenter, status: 'JOB_SEEKER' });
  const opened = await watcher.nth(1);
  expect(opened.data!['myPersonalCasesUpdated']).toEqual({
    type: 'OPENED',
    status: 'JOB_SEEKER',
    personalCase: { id: personalCase.id, status: 'JOB_SEEKER', jobCenter: { id: jobCenter.id } },
  });
  await stack.request(
    staff.token,
    'mutation($id: ID!) { changePersonalCaseStatus(id: $id, status: UNEMPLOYED, reason: "Признан безработным") { id } }',
    { id: personalCase.id },
  );
  const changed = await watcher.nth(2);
  expect(changed.data!['myPersonalCasesUpdated']).toMatchObject({
    type: 'STATUS_CHANGED',
    status: 'UNEMPLOYED',
  });
  expect(await availabilityOf(citizen)).toContainEqual(['VOCATIONAL_TRAINING', 'доступна']);
  // Another citizen's case, opened after: had it reached this subscriber, it would come before the closing.
  await given(stack).jobCenter().citizen().personalCase();
  await stack.request(
    staff.token,
    'mutation($id: ID!) { closePersonalCase(id: $id, reason: "Трудоустроен") { id } }',
    { id: personalCase.id },
  );
  expect((await watcher.nth(3)).data!['myPersonalCasesUpdated']).toMatchObject({ type: 'CLOSED' });
});

test('the centre’s staff see its new cases live; another centre’s staff do not', async () => {
  const { jobCenter, staff } = await given(stack).jobCenter().staff('CAREER_CONSULTANT');
  const { otherCentre, otherStaff } = await given(stack)
    .jobCenter({ as: 'otherCentre' })
    .staff('REGISTRAR', { as: 'otherStaff' });
  const feed = `subscription { jobCenterPersonalCasesFeed(sinceEventId: "0") {
    type personalCase { id status citizen { fullName } } } }`;
  const connect = (token: string) => {
    const client = liveClient(stack.gateway.url, token);
    clients.push(client);
    return subscribeLive(client, feed);
  };
  const ours = connect(staff.token);
  const theirs = connect(otherStaff.token);
  const { personalCase } = await given(stack)
    .citizen({ fullName: 'Смирнов Пётр Ильич' })
    .personalCase({ jobCenter, status: 'UNEMPLOYED' });
  expect((await ours.nth(1)).data!['jobCenterPersonalCasesFeed']).toEqual({
    type: 'OPENED',
    personalCase: { id: personalCase.id, status: 'UNEMPLOYED', citizen: { fullName: 'Смирнов Пётр Ильич' } },
  });
  // A case of the other centre, opened after: the first message its staff get is their own.
  const { personalCase: theirsCase } = await given(stack).citizen().personalCase({ jobCenter: otherCentre });
  expect((await theirs.nth(1)).data!['jobCenterPersonalCasesFeed'].personalCase.id).toBe(theirsCase.id);
});
