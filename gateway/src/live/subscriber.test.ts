import type { PlatformEvent } from '@czn/events';
import { LiveEvents, type StreamListener } from './live-events';
import {
  MAX_PENDING_EVENTS,
  MAX_REPLAY_EVENTS,
  replayRefusal,
  subscribe,
  type SubscriberOptions,
} from './subscriber';
import { subscriptionFields } from './subscription-fields';

const viewer = {
  kind: 'user' as const,
  userId: 'u1',
  roles: ['CITIZEN' as const],
  jobCenterId: null,
  organizationId: null,
};
const event = (id: number, userId = 'u1'): PlatformEvent => ({
  id: String(id),
  stream: 'citizen',
  type: 'STATUS_CHANGED',
  entityType: 'Appeal',
  entityId: 'a1',
  audience: { userIds: [userId], jobCenterIds: ['c1'] },
  occurredAt: new Date(0).toISOString(),
});

/** A stream whose history is `stored` and whose live batches the test hands out itself. */
function stream(stored: PlatformEvent[] = [], onHistoryPage: () => void = () => undefined) {
  const listeners: StreamListener[] = [];
  const live = {
    position: () => 0n,
    listen: (_stream: string, listener: StreamListener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    history: async function* (_stream: string, after: bigint) {
      for (let i = 0; i < stored.length; i += 500) {
        yield stored.slice(i, i + 500).filter((e) => BigInt(e.id) > after);
        onHistoryPage();
      }
    },
  } as unknown as LiveEvents;
  return { live, listeners };
}

const options = (live: LiveEvents, overrides: Partial<SubscriberOptions> = {}): SubscriberOptions => ({
  live,
  field: subscriptionFields['appealUpdated']!,
  viewer,
  sinceEventId: null,
  render: async (e) => ({ data: { id: e.id } }),
  cutOff: () => undefined,
  onFailure: () => undefined,
  ...overrides,
});

async function take(messages: AsyncIterator<unknown>, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push(((await messages.next()).value as { data: { id: string } }).data.id);
  return ids;
}

test('a subscriber whose events pile up beyond the limit is cut off, not buffered without bound', async () => {
  const { live, listeners } = stream();
  let cutOff = 0;
  // Rendering never finishes: the client is not taking messages.
  const messages = subscribe(
    options(live, { render: () => new Promise(() => undefined), cutOff: () => cutOff++ }),
  );
  listeners[0]!.offer(Array.from({ length: MAX_PENDING_EVENTS + 2 }, (_, i) => event(i + 1)));
  expect(cutOff).toBe(1);
  expect(listeners).toHaveLength(0);
  await expect(messages.next()).resolves.toEqual({ value: undefined, done: true });
});

test('events arrive in order and each once, even when offered twice', async () => {
  const { live, listeners } = stream();
  const messages = subscribe(options(live));
  listeners[0]!.offer([event(1), event(2)]);
  listeners[0]!.offer([event(2), event(3)]);
  expect(await take(messages, 3)).toEqual(['1', '2', '3']);
  await messages.return!();
});

test('a long replay keeps every missed event when live ones arrive in the middle of it', async () => {
  const history = Array.from({ length: 1200 }, (_, i) => event(i + 1));
  let pages = 0;
  const { live, listeners } = stream(history, () => {
    if (++pages === 1) listeners[0]!.offer([event(1201)]);
  });
  const messages = subscribe(options(live, { sinceEventId: 0n }));
  const ids = await take(messages, 1201);
  expect(ids).toEqual(Array.from({ length: 1201 }, (_, i) => String(i + 1)));
  await messages.return!();
});

test('ending a subscription twice never unsubscribes the next subscriber of the same audience', async () => {
  const bus = {
    head: async () => 0n,
    follow: () => async () => undefined,
  } as never;
  const live = await LiveEvents.start(bus, ['citizen'], { info: () => undefined } as never);
  const first = subscribe(options(live));
  await first.return!();
  const second = subscribe(options(live));
  await first.return!();
  (live as unknown as { dispatch(stream: string, events: PlatformEvent[]): void }).dispatch('citizen', [
    event(1),
  ]);
  expect(await take(second, 1)).toEqual(['1']);
  await second.return!();
});

test('a failure reaches the client as a generic error and is handed to the log', async () => {
  const { live, listeners } = stream();
  const logged: unknown[] = [];
  const messages = subscribe(
    options(live, {
      render: async () => {
        throw new Error('connect ECONNREFUSED 10.0.3.7:5432');
      },
      onFailure: (error) => logged.push(error),
    }),
  );
  listeners[0]!.offer([event(1)]);
  await expect(messages.next()).rejects.toMatchObject({
    message: 'Не удалось получить события. Переподключитесь с последним eventId.',
  });
  expect(String(logged[0])).toContain('ECONNREFUSED');
});

test('a replay from further back than the limit is refused with what to do instead', () => {
  expect(replayRefusal(MAX_REPLAY_EVENTS + 5n, 5n)).toBeNull();
  const refusal = replayRefusal(MAX_REPLAY_EVENTS + 5n, 4n);
  expect(refusal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sinceEventId' });
  expect(refusal?.message).toMatch(/загрузите данные заново/);
});
