import { given } from '@czn/tools';
import { liveClient, subscribeLive } from '../test/live-client';
import { DisposableRedis } from '../test/redis-server';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from '../test/stack';

let redis: DisposableRedis;
let stack: Stack;
let disposeClient: () => Promise<void> | void;

beforeAll(async () => {
  redis = await DisposableRedis.start();
  stack = await startStack({ redisUrl: redis.url });
}, STACK_START_TIMEOUT_MS);
afterAll(async () => {
  await disposeClient?.();
  await stack.stop();
  await redis.stop();
});

test('while Redis is down changes still commit; when it returns their events arrive once, in order', async () => {
  const { jobCenter, operator, citizen } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR', { as: 'operator' })
    .citizen();
  const submit = async () => (await given(stack).appeal({ citizen, jobCenter })).appeal.id;
  const client = liveClient(stack.gateway.url, citizen.token);
  disposeClient = () => client.dispose();
  const watcher = subscribeLive(client, 'subscription { appealUpdated { eventId status appeal { id } } }');
  await submit();
  await watcher.nth(1);

  await redis.stop();
  const id = await submit();
  const taken = await stack.request(
    operator.token,
    'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }',
    { id },
  );
  expect(taken.data!['takeAppealIntoWork']).toEqual({ status: 'IN_PROGRESS' });
  await redis.resume();

  const [registered, inProgress] = [await watcher.nth(2), await watcher.nth(3)];
  expect(
    [registered, inProgress].map((m) => [
      m.data!['appealUpdated'].appeal.id,
      m.data!['appealUpdated'].status,
    ]),
  ).toEqual([
    [id, 'REGISTERED'],
    [id, 'IN_PROGRESS'],
  ]);
  const after = await submit();
  expect((await watcher.nth(4)).data!['appealUpdated'].appeal.id).toBe(after);
  const ids = watcher.messages.map((m) => BigInt(m.data!['appealUpdated'].eventId));
  expect(new Set(ids).size).toBe(4);
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
}, 30_000);
