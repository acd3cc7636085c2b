import { given, type JobCenterHandle, type PersonHandle } from '@czn/tools';
import { liveClient, subscribeLive } from '../test/live-client';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from '../test/stack';

let stack: Stack;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await stack.stop();
});

const connect = (token: string | null) => {
  const client = liveClient(stack.gateway.url, token);
  clients.push(client);
  return client;
};

const APPEAL_UPDATED = `subscription($since: ID) {
  appealUpdated(sinceEventId: $since) {
    eventId type status
    appeal { id number jobCenter { name } applicant { fullName } }
  }
}`;
const FEED = `subscription { jobCenterAppealsFeed { eventId status appeal { id applicant { fullName } } } }`;

/** A job centre in Barnaul with its operator, and Иванов. */
const barnaulAndIvanov = () =>
  given(stack)
    .jobCenter({ name: 'Центр занятости населения г. Барнаул' })
    .staff('REGISTRAR', { as: 'operator' })
    .citizen({ fullName: 'Иванов Иван Иванович' });

const submit = async (citizen: PersonHandle, jobCenter: JobCenterHandle) =>
  (await given(stack).appeal({ citizen, jobCenter })).appeal.id;
const take = (staff: PersonHandle, id: string) =>
  stack.request(staff.token, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }', { id });
const complete = (staff: PersonHandle, id: string) =>
  stack.request(
    staff.token,
    'mutation($id: ID!) { completeAppeal(id: $id, result: "Подобрана вакансия") { status } }',
    { id },
  );

/** Subscribing completes asynchronously; a subscriber that has seen one event of its own is surely attached. */
async function attached(
  subscription: ReturnType<typeof subscribeLive>,
  citizen: PersonHandle,
  jobCenter: JobCenterHandle,
) {
  const id = await submit(citizen, jobCenter);
  const first = await subscription.nth(subscription.messages.length + 1);
  expect(first.data).toBeDefined();
  return id;
}

test('a citizen watches an appeal move REGISTERED → IN_PROGRESS → COMPLETED with fields of three subgraphs', async () => {
  const { jobCenter, operator, citizen } = await barnaulAndIvanov();
  const watcher = subscribeLive(connect(citizen.token), APPEAL_UPDATED);
  await attached(watcher, citizen, jobCenter);
  const id = await submit(citizen, jobCenter);
  await take(operator, id);
  await complete(operator, id);
  const messages = await Promise.all([2, 3, 4].map((n) => watcher.nth(n)));
  expect(messages.map((m) => [m.data!['appealUpdated'].type, m.data!['appealUpdated'].status])).toEqual([
    ['SUBMITTED', 'REGISTERED'],
    ['STATUS_CHANGED', 'IN_PROGRESS'],
    ['STATUS_CHANGED', 'COMPLETED'],
  ]);
  for (const message of messages) {
    expect(message.errors).toBeUndefined();
    expect(message.data!['appealUpdated'].appeal).toMatchObject({
      id,
      jobCenter: { name: 'Центр занятости населения г. Барнаул' },
      applicant: { fullName: 'Иванов Иван Иванович' },
    });
  }
  await watcher.close();
});

test('nobody else receives a citizen’s events: not another citizen, not another job centre’s staff', async () => {
  const made = await barnaulAndIvanov()
    .jobCenter({ as: 'biyskCenter', name: 'Центр занятости населения г. Бийск' })
    .staff('REGISTRAR', { as: 'biyskOperator' })
    .citizen({ as: 'petrovaCitizen', fullName: 'Петрова Анна Сергеевна' });
  const { jobCenter, operator, citizen, biyskCenter, biyskOperator, petrovaCitizen } = made;
  const petrova = subscribeLive(connect(petrovaCitizen.token), APPEAL_UPDATED);
  const biysk = subscribeLive(connect(biyskOperator.token), FEED);
  const barnaul = subscribeLive(connect(operator.token), FEED);
  await attached(petrova, petrovaCitizen, biyskCenter);
  await biysk.nth(1);
  await attached(barnaul, citizen, jobCenter);

  const id = await submit(citizen, jobCenter);
  await take(operator, id);
  const seenByBarnaul = await barnaul.nth(3);
  expect(seenByBarnaul.data!['jobCenterAppealsFeed']).toMatchObject({
    status: 'IN_PROGRESS',
    appeal: { id, applicant: { fullName: 'Иванов Иван Иванович' } },
  });

  // Events reach each subscriber in stream order: Ivanov's came first, so these arrive after them.
  const petrovasOwn = await submit(petrovaCitizen, biyskCenter);
  const [petrovaNext, biyskNext] = await Promise.all([petrova.nth(2), biysk.nth(2)]);
  expect(petrovaNext.data!['appealUpdated'].appeal.id).toBe(petrovasOwn);
  expect(biyskNext.data!['jobCenterAppealsFeed'].appeal.id).toBe(petrovasOwn);
  expect(JSON.stringify([petrova.messages, biysk.messages])).not.toContain(id);
});

test('a reconnect with sinceEventId receives every missed event once, in order, then live ones', async () => {
  const { jobCenter, operator, citizen } = await barnaulAndIvanov();
  const first = connect(citizen.token);
  const before = subscribeLive(first, APPEAL_UPDATED);
  const id = await attached(before, citizen, jobCenter);
  const lastSeen = before.messages.at(-1)!.data!['appealUpdated'].eventId as string;
  await first.dispose();

  await take(operator, id);
  const other = await submit(citizen, jobCenter);
  await complete(operator, id);

  const again = subscribeLive(connect(citizen.token), APPEAL_UPDATED, { since: lastSeen });
  const missed = await Promise.all([1, 2, 3].map((n) => again.nth(n)));
  expect(missed.map((m) => [m.data!['appealUpdated'].appeal.id, m.data!['appealUpdated'].status])).toEqual([
    [id, 'IN_PROGRESS'],
    [other, 'REGISTERED'],
    [id, 'COMPLETED'],
  ]);
  await take(operator, other);
  const live = await again.nth(4);
  expect(live.data!['appealUpdated']).toMatchObject({ status: 'IN_PROGRESS', appeal: { id: other } });
  const ids = again.messages.map((m) => BigInt(m.data!['appealUpdated'].eventId));
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
  expect(new Set(ids).size).toBe(4);
  expect(ids[0]).toBeGreaterThan(BigInt(lastSeen));
});

test('a connection without a valid token is closed with 4401', async () => {
  expect(await connect(null).closed).toBe(4401);
  expect(await connect('forged').closed).toBe(4401);
});

test('a citizen cannot open the staff feed', async () => {
  const { citizen } = await given(stack).citizen();
  const feed = subscribeLive(connect(citizen.token), FEED);
  const refusal = await feed.nth(1);
  expect(refusal.data).toBeUndefined();
  expect(refusal.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

test('queries are not served over graphql-ws', async () => {
  const { citizen } = await given(stack).citizen();
  const query = subscribeLive(connect(citizen.token), '{ myAppeals { id } }');
  expect((await query.nth(1)).errors?.[0]?.message).toMatch(/только подписки/);
});

test('staff of one job centre with the same roles share one rendering of each event', async () => {
  for (const client of clients.splice(0)) await client.dispose();
  const { jobCenter, citizen, ...staff } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR', { as: 'first' })
    .staff('REGISTRAR', { as: 'second' })
    .staff('REGISTRAR', { as: 'third' })
    .citizen();
  const feeds = Object.values(staff).map(({ token }) => subscribeLive(connect(token), FEED));
  await submit(citizen, jobCenter);
  await Promise.all(feeds.map((feed) => feed.nth(1)));

  stack.sql.reset();
  const id = await submit(citizen, jobCenter);
  const messages = await Promise.all(feeds.map((feed) => feed.nth(2)));
  expect(messages.map((m) => m.data!['jobCenterAppealsFeed'].appeal.id)).toEqual([id, id, id]);
  // The applicant's name comes from identity: one statement for the three feeds' single rendering.
  expect(stack.sql.snapshot()['identity']).toBe(1);
});
