import { BATCH, type EventBus, type PlatformEvent } from '@czn/events';
import type { Logger } from '@czn/kernel';
import { audienceKeys } from './subscription-fields';

/** One subscriber's view of a stream: told, in order, of every new event addressed to its audience key. */
export interface StreamListener {
  audienceKey: string;
  offer(events: PlatformEvent[]): void;
}

/**
 * Follows each stream once per gateway and hands every batch to the subscribers of that stream; a
 * subscriber that resumes reads what it missed from the bus itself.
 */
export class LiveEvents {
  /** Listeners by stream, then by audience key: an event reaches only those it is addressed to. */
  private readonly listeners = new Map<string, Map<string, Set<StreamListener>>>();
  private readonly positions = new Map<string, bigint>();
  private readonly unfollows: Array<() => Promise<void>> = [];

  private constructor(
    readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  static async start(bus: EventBus, streams: string[], log: Logger): Promise<LiveEvents> {
    const live = new LiveEvents(bus, log);
    for (const stream of streams) {
      const head = await bus.head(stream);
      live.positions.set(stream, head);
      live.listeners.set(stream, new Map());
      live.unfollows.push(
        bus.follow(stream, head, async (events) => {
          live.positions.set(stream, BigInt(events.at(-1)!.id));
          live.dispatch(stream, events);
        }),
      );
    }
    return live;
  }

  /** The id of the last event handed to subscribers of the stream. */
  position(stream: string): bigint {
    return this.positions.get(stream) ?? 0n;
  }

  private dispatch(stream: string, events: PlatformEvent[]): void {
    const byKey = this.listeners.get(stream)!;
    const batches = new Map<StreamListener, PlatformEvent[]>();
    for (const event of events) {
      for (const key of audienceKeys(event)) {
        for (const listener of byKey.get(key) ?? []) {
          const batch = batches.get(listener);
          if (batch) {
            if (batch.at(-1) !== event) batch.push(event);
          } else batches.set(listener, [event]);
        }
      }
    }
    for (const [listener, batch] of batches) listener.offer(batch);
  }

  listen(stream: string, listener: StreamListener): () => void {
    const byKey = this.listeners.get(stream);
    if (!byKey) throw new Error(`no follower for stream ${stream}`);
    const listeners = byKey.get(listener.audienceKey) ?? new Set();
    byKey.set(listener.audienceKey, listeners.add(listener));
    return () => {
      // Only this listener's own registration is undone, however often it is called.
      if (
        listeners.delete(listener) &&
        listeners.size === 0 &&
        byKey.get(listener.audienceKey) === listeners
      ) {
        byKey.delete(listener.audienceKey);
      }
    };
  }

  /** Every event after `afterId` that is in the bus now, page by page. */
  async *history(stream: string, afterId: bigint): AsyncGenerator<PlatformEvent[]> {
    let cursor = afterId;
    for (;;) {
      const events = await this.bus.readAfter(stream, cursor, BATCH);
      if (events.length === 0) return;
      yield events;
      cursor = BigInt(events.at(-1)!.id);
      if (events.length < BATCH) return;
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.unfollows.map((unfollow) => unfollow()));
    this.log.info('live events stopped');
  }
}
