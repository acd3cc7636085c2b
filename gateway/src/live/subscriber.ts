import type { PlatformEvent } from '@czn/events';
import type { SignedInViewer } from '@czn/kernel';
import type { ExecutionResult } from 'graphql';
import type { LiveEvents, StreamListener } from './live-events';
import { audienceKeys, type SubscriptionField } from './subscription-fields';

/** Events waiting for one subscriber beyond which it is cut off rather than buffered without bound. */
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
}

/**
 * One subscription as an async iterable of messages: first every event after `sinceEventId` it may see
 * (read from the bus), then live ones, in order and each once.
 */
export function subscribe(options: SubscriberOptions): AsyncIterableIterator<ExecutionResult> {
  const { live, field, viewer } = options;
  const pending: PlatformEvent[] = [];
  const ready: ExecutionResult[] = [];
  let cursor = options.sinceEventId ?? live.position(field.stream);
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let done = false;
  let pumping = false;

  const audienceKey = field.audienceKey(viewer);
  const theirs = (event: PlatformEvent) =>
    event.entityType === field.entityType && audienceKeys(event).includes(audienceKey);
  const notify = () => {
    wake?.();
    wake = null;
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
        if (!theirs(event)) continue;
        ready.push(await options.render(event));
        notify();
      }
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      notify();
    } finally {
      pumping = false;
    }
  };

  const listener: StreamListener = {
    audienceKey,
    offer(events) {
      if (done) return;
      pending.push(...events.filter(theirs));
      if (pending.length > MAX_PENDING_EVENTS) {
        options.cutOff();
        void finish();
        return;
      }
      if (!replaying) void pump();
    },
  };

  let replaying = options.sinceEventId !== null;
  const unlisten = live.listen(field.stream, listener);
  if (replaying) {
    void (async () => {
      try {
        for await (const events of live.history(field.stream, cursor)) {
          const missed = events.filter(theirs);
          pending.unshift(...missed.filter((event) => !pending.includes(event)));
          pending.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
          await pump();
          if (done) return;
        }
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        notify();
      }
      replaying = false;
      void pump();
    })();
  }

  const finish = async () => {
    done = true;
    unlisten();
    notify();
    return { value: undefined, done: true as const };
  };

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
