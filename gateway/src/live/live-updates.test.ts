import { demoJobCenterIds } from '@czn/demo';
import { liveClient, subscribeLive } from '../test/live-client';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from '../test/stack';

let stack: Stack;
let tokens: Record<'ivanov' | 'petrova' | 'barnaul' | 'biysk', string>;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  stack = await startStack();
  const [ivanov, petrova, barnaul, biysk] = await Promise.all(
    ['ivanov', 'petrova', 'operator.barnaul', 'operator.biysk'].map((login) => stack.signIn(login)),
  );
  tokens = { ivanov: ivanov!, petrova: petrova!, barnaul: barnaul!, biysk: biysk! };
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

const submit = async (token: string, jobCenterId?: string) =>
  (await stack.submitAppeal(token, jobCenterId)).id;
const take = (token: string, id: string) => stack.takeAppealIntoWork(token, id);
const complete = (token: string, id: string) =>
  stack.request(
    token,
    'mutation($id: ID!) { completeAppeal(id: $id, result: "Подобрана вакансия") { status } }',
    {
      id,
    },
  );

/** Subscribing completes asynchronously; a subscriber that has seen one event of its own is surely attached. */
async function attached(subscription: ReturnType<typeof subscribeLive>, token: string, jobCenterId?: string) {
  const id = await submit(token, jobCenterId);
  const first = await subscription.nth(subscription.messages.length + 1);
  expect(first.data).toBeDefined();
  return id;
}

test('a citizen watches an appeal move REGISTERED → IN_PROGRESS → COMPLETED with fields of three subgraphs', async () => {
  const watcher = subscribeLive(connect(tokens.ivanov), APPEAL_UPDATED);
  await attached(watcher, tokens.ivanov);
  const id = await submit(tokens.ivanov);
  await take(tokens.barnaul, id);
  await complete(tokens.barnaul, id);
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
  const petrova = subscribeLive(connect(tokens.petrova), APPEAL_UPDATED);
  const biysk = subscribeLive(connect(tokens.biysk), FEED);
  const barnaul = subscribeLive(connect(tokens.barnaul), FEED);
  await attached(petrova, tokens.petrova, demoJobCenterIds.biysk);
  await biysk.nth(1);
  await attached(barnaul, tokens.ivanov);

  const id = await submit(tokens.ivanov);
  await take(tokens.barnaul, id);
  const seenByBarnaul = await barnaul.nth(3);
  expect(seenByBarnaul.data!['jobCenterAppealsFeed']).toMatchObject({
    status: 'IN_PROGRESS',
    appeal: { id, applicant: { fullName: 'Иванов Иван Иванович' } },
  });

  // Events reach each subscriber in stream order: Ivanov's came first, so these arrive after them.
  const petrovasOwn = await submit(tokens.petrova, demoJobCenterIds.biysk);
  const [petrovaNext, biyskNext] = await Promise.all([petrova.nth(2), biysk.nth(2)]);
  expect(petrovaNext.data!['appealUpdated'].appeal.id).toBe(petrovasOwn);
  expect(biyskNext.data!['jobCenterAppealsFeed'].appeal.id).toBe(petrovasOwn);
  expect(JSON.stringify([petrova.messages, biysk.messages])).not.toContain(id);
});

test('a reconnect with sinceEventId receives every missed event once, in order, then live ones', async () => {
  const first = connect(tokens.ivanov);
  const before = subscribeLive(first, APPEAL_UPDATED);
  const id = await attached(before, tokens.ivanov);
  const lastSeen = before.messages.at(-1)!.data!['appealUpdated'].eventId as string;
  await first.dispose();

  await take(tokens.barnaul, id);
  const other = await submit(tokens.ivanov);
  await complete(tokens.barnaul, id);

  const again = subscribeLive(connect(tokens.ivanov), APPEAL_UPDATED, { since: lastSeen });
  const missed = await Promise.all([1, 2, 3].map((n) => again.nth(n)));
  expect(missed.map((m) => [m.data!['appealUpdated'].appeal.id, m.data!['appealUpdated'].status])).toEqual([
    [id, 'IN_PROGRESS'],
    [other, 'REGISTERED'],
    [id, 'COMPLETED'],
  ]);
  await take(tokens.barnaul, other);
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
  const feed = subscribeLive(connect(tokens.ivanov), FEED);
  const refusal = await feed.nth(1);
  expect(refusal.data).toBeUndefined();
  expect(refusal.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

test('queries are not served over graphql-ws', async () => {
  const query = subscribeLive(connect(tokens.ivanov), '{ myAppeals { id } }');
  expect((await query.nth(1)).errors?.[0]?.message).toMatch(/только подписки/);
});

test('staff of one job centre with the same roles share one rendering of each event', async () => {
  for (const client of clients.splice(0)) await client.dispose();
  const feeds = [1, 2, 3].map(() => subscribeLive(connect(tokens.barnaul), FEED));
  await submit(tokens.ivanov);
  await Promise.all(feeds.map((feed) => feed.nth(1)));

  stack.sql.reset();
  const id = await submit(tokens.ivanov);
  const messages = await Promise.all(feeds.map((feed) => feed.nth(2)));
  expect(messages.map((m) => m.data!['jobCenterAppealsFeed'].appeal.id)).toEqual([id, id, id]);
  // The applicant's name comes from identity: one statement for the three feeds' single rendering.
  expect(stack.sql.snapshot()['identity']).toBe(1);
});
