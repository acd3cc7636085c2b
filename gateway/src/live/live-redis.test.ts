import { PostgresEventBus, RedisEventBus, startRelay } from '@czn/events';
import { given } from '@czn/tools';
import { liveClient, subscribeLive, type LiveSubscription } from '../test/live-client';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from '../test/stack';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

let stack: Stack;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  stack = await startStack({ redisUrl: REDIS_URL });
}, STACK_START_TIMEOUT_MS);
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await stack.stop();
});

const WATCH =
  'subscription($since: ID) { appealUpdated(sinceEventId: $since) { eventId status appeal { id jobCenter { name } } } }';

/** A job centre in Barnaul with its operator, and a citizen. */
const people = () =>
  given(stack)
    .jobCenter({ name: 'Центр занятости населения г. Барнаул' })
    .staff('REGISTRAR', { as: 'operator' })
    .citizen();
type People = Awaited<ReturnType<typeof people>>;

const watch = ({ citizen }: People, gatewayUrl: string, variables: Record<string, unknown> = {}) => {
  const client = liveClient(gatewayUrl, citizen.token);
  clients.push(client);
  return subscribeLive(client, WATCH, variables);
};
const submit = async ({ citizen, jobCenter }: People) =>
  (await given(stack).appeal({ citizen, jobCenter })).appeal.id;
const take = ({ operator }: People, id: string) =>
  stack.request(operator.token, 'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }', { id });
const eventIds = (subscription: LiveSubscription) =>
  subscription.messages.map((m) => BigInt(m.data!['appealUpdated'].eventId));

test('a change made through one gateway reaches a subscriber on another', async () => {
  const made = await people();
  const other = await stack.startAnotherGateway();
  const watcher = watch(made, other.url);
  // The subscriber is attached once it has seen one event.
  await submit(made);
  await watcher.nth(1);
  const id = await submit(made);
  const message = await watcher.nth(2);
  expect(message.data!['appealUpdated']).toMatchObject({
    status: 'REGISTERED',
    appeal: { id, jobCenter: { name: 'Центр занятости населения г. Барнаул' } },
  });
});

test('with the relay paused, events wait in the outbox and arrive once, in order, when it resumes', async () => {
  const made = await people();
  const watcher = watch(made, stack.gateway.url);
  await submit(made);
  await watcher.nth(1);

  await Promise.all(stack.subgraphs.citizen.relays.map((relay) => relay.stop()));
  const id = await submit(made);
  await take(made, id);
  const outbox = new PostgresEventBus(stack.databaseUrl);
  const redis = new RedisEventBus(REDIS_URL, stack.streamPrefix);
  // The stream lags the outbox by exactly the appeal events written while the relay was away: the submission
  // and the status change (their personal-data audit events are the `citizen.audit` stream's, never relayed).
  const waiting = await outbox.readAfter('citizen', await redis.head('citizen'), 10);
  expect(waiting.map((event) => event.type)).toEqual(['SUBMITTED', 'STATUS_CHANGED']);

  const resumed = startRelay('citizen', outbox, redis, () => undefined);
  const [registered, inProgress] = [await watcher.nth(2), await watcher.nth(3)];
  expect([registered.data!['appealUpdated'].status, inProgress.data!['appealUpdated'].status]).toEqual([
    'REGISTERED',
    'IN_PROGRESS',
  ]);
  // A second relay over the same outbox adds nothing the stream already has.
  const secondOutbox = new PostgresEventBus(stack.databaseUrl);
  const duplicate = startRelay('citizen', secondOutbox, redis, () => undefined);
  const later = await submit(made);
  expect((await watcher.nth(4)).data!['appealUpdated'].appeal.id).toBe(later);
  const ids = eventIds(watcher);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
  expect(await redis.head('citizen')).toBe(await outbox.head('citizen'));
  await Promise.all([resumed.stop(), duplicate.stop()]);
  await Promise.all([outbox.close(), secondOutbox.close(), redis.close()]);
});

test('a stream ahead of its outbox, left by another database, is reported and not written to', async () => {
  await submit(await people());
  const outbox = new PostgresEventBus(stack.databaseUrl);
  const foreign = new RedisEventBus(REDIS_URL, `${stack.streamPrefix}:foreign`);
  const ahead = { ...(await outbox.readAfter('citizen', 0n, 1))[0]!, id: '999999999' };
  await foreign.append('citizen', [ahead]);
  const problems: string[] = [];
  const relay = startRelay('citizen', outbox, foreign, (message) => problems.push(message));
  while (problems.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(problems[0]).toMatch(/опережает outbox/);
  expect(await foreign.head('citizen')).toBe(999999999n);
  expect(await foreign.readAfter('citizen', 0n, 10)).toHaveLength(1);
  await relay.stop();
  await foreign.deleteStream('citizen');
  await Promise.all([outbox.close(), foreign.close()]);
});
