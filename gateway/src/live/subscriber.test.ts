import type { PlatformEvent } from '@czn/events';
import type { LiveEvents, StreamListener } from './live-events';
import { MAX_PENDING_EVENTS, subscribe } from './subscriber';
import { subscriptionFields } from './subscription-fields';

const viewer = { kind: 'user' as const, userId: 'u1', roles: ['CITIZEN' as const], jobCenterId: null };
const event = (id: number): PlatformEvent => ({
  id: String(id),
  stream: 'citizen',
  type: 'STATUS_CHANGED',
  entityType: 'Appeal',
  entityId: 'a1',
  audience: { userIds: ['u1'], jobCenterIds: ['c1'] },
  occurredAt: new Date(0).toISOString(),
});

/** A stream with no history, whose live batches the test hands out itself. */
function stream() {
  const listeners: StreamListener[] = [];
  const live = {
    position: () => 0n,
    listen: (_stream: string, listener: StreamListener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    history: async function* () {},
  } as unknown as LiveEvents;
  return { live, listeners };
}

test('a subscriber whose events pile up beyond the limit is cut off, not buffered without bound', async () => {
  const { live, listeners } = stream();
  let cutOff = 0;
  // Rendering never finishes: the client is not taking messages.
  const messages = subscribe({
    live,
    field: subscriptionFields['appealUpdated']!,
    viewer,
    sinceEventId: null,
    render: () => new Promise(() => undefined),
    cutOff: () => cutOff++,
  });
  listeners[0]!.offer(Array.from({ length: MAX_PENDING_EVENTS + 2 }, (_, i) => event(i + 1)));
  expect(cutOff).toBe(1);
  expect(listeners).toHaveLength(0);
  await expect(messages.next()).resolves.toEqual({ value: undefined, done: true });
});

test('events arrive in order and each once, even when offered twice', async () => {
  const { live, listeners } = stream();
  const messages = subscribe({
    live,
    field: subscriptionFields['appealUpdated']!,
    viewer,
    sinceEventId: null,
    render: async (e) => ({ data: { id: e.id } }),
    cutOff: () => undefined,
  });
  listeners[0]!.offer([event(1), event(2)]);
  listeners[0]!.offer([event(2), event(3)]);
  const received = [];
  for (let i = 0; i < 3; i++) received.push((await messages.next()).value);
  expect(received).toEqual([{ data: { id: '1' } }, { data: { id: '2' } }, { data: { id: '3' } }]);
  await messages.return!();
});
