import type { PlatformEvent } from '@czn/events';
import type { SignedInViewer } from '@czn/kernel';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { LiveEvents, StreamListener } from './live-events';
import { audienceKeys, type SubscriptionField } from './subscription-fields';

/** Events and messages waiting for one subscriber beyond which it is cut off rather than buffered. */
export const MAX_PENDING_EVENTS = 1000;

export interface SubscriberOptions {
  live: LiveEvents;
  field: SubscriptionField;
  viewer: SignedInViewer;
  sinceEventId: bigint | null;
  /** Renders one event for this subscriber through the supergraph. */
  render(event: PlatformEvent): Promise<ExecutionResult>;
  /** Disconnects a subscriber whose unsent events pile up. */
  cutOff(): void;
  /** Told of a failure before the subscriber sees only a generic error. */
  onFailure(error: unknown): void;
}

/** How far back, in events of the whole stream, a reconnecting subscriber may ask to be replayed. */
export const MAX_REPLAY_EVENTS = 10_000n;

/** Why a replay from `since` is refused, or null when it is served. */
export function replayRefusal(position: bigint, since: bigint): GraphQLError | null {
  if (position - since <= MAX_REPLAY_EVENTS) return null;
  return new GraphQLError(
    'Пропущено слишком много событий: загрузите данные заново и подпишитесь без sinceEventId',
    { extensions: { code: 'BAD_USER_INPUT', field: 'sinceEventId' } },
  );
}

const byId = (a: PlatformEvent, b: PlatformEvent) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1);

/**
 * One subscription as an async iterable of messages: first every event after `sinceEventId` it may see
 * (read from the bus), then live ones, in order and each once.
 */
export function subscribe(options: SubscriberOptions): AsyncIterableIterator<ExecutionResult> {
  const { live, field, viewer } = options;
  /** Events to render, in id order. */
  const pending: PlatformEvent[] = [];
  /** Live events that arrive while history is being replayed; they join `pending` after it. */
  const arrivedDuringReplay: PlatformEvent[] = [];
  const ready: ExecutionResult[] = [];
  let cursor = options.sinceEventId ?? live.position(field.stream);
  let replaying = options.sinceEventId !== null;
  let wake: (() => void) | null = null;
  let failure: GraphQLError | null = null;
  let done = false;
  let pumping = false;

  const audienceKey = field.audienceKey(viewer);
  const theirs = (event: PlatformEvent) =>
    event.entityType === field.entityType && audienceKeys(event).includes(audienceKey);
  const notify = () => {
    wake?.();
    wake = null;
  };
  const fail = (error: unknown) => {
    options.onFailure(error);
    failure = new GraphQLError('Не удалось получить события. Переподключитесь с последним eventId.', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    notify();
  };

  /** Renders queued events one at a time so messages keep the stream's order. */
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (!done && pending.length > 0) {
        const event = pending.shift()!;
        if (BigInt(event.id) <= cursor) continue;
        cursor = BigInt(event.id);
        ready.push(await options.render(event));
        notify();
      }
    } catch (error) {
      fail(error);
    } finally {
      pumping = false;
    }
  };

  const finish = async () => {
    if (!done) {
      done = true;
      unlisten();
      notify();
    }
    return { value: undefined, done: true as const };
  };

  const listener: StreamListener = {
    audienceKey,
    offer(events) {
      if (done) return;
      const mine = events.filter(theirs);
      (replaying ? arrivedDuringReplay : pending).push(...mine);
      if (pending.length + arrivedDuringReplay.length + ready.length > MAX_PENDING_EVENTS) {
        options.cutOff();
        void finish();
        return;
      }
      if (!replaying) void pump();
    },
  };
  const unlisten = live.listen(field.stream, listener);

  if (replaying) {
    void (async () => {
      try {
        for await (const events of live.history(field.stream, cursor)) {
          pending.push(...events.filter(theirs));
          await pump();
          if (done) return;
        }
        replaying = false;
        pending.push(...arrivedDuringReplay.splice(0).sort(byId));
        await pump();
      } catch (error) {
        fail(error);
      }
    })();
  }

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      for (;;) {
        if (ready.length > 0) return { value: ready.shift()!, done: false };
        if (failure) {
          await finish();
          throw failure;
        }
        if (done) return { value: undefined, done: true };
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    return: finish,
    async throw(error) {
      await finish();
      throw error;
    },
  };
}
