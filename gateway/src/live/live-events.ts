import { BATCH, type EventBus, type PlatformEvent } from '@czn/events';
import type { Logger } from '@czn/kernel';

/** One subscriber's view of a stream: told of every new event in order. */
export interface StreamListener {
  offer(events: PlatformEvent[]): void;
}

/**
 * Follows each stream once per gateway and hands every batch to the subscribers of that stream; a
 * subscriber that resumes reads what it missed from the bus itself.
 */
export class LiveEvents {
  private readonly listeners = new Map<string, Set<StreamListener>>();
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
      live.listeners.set(stream, new Set());
      live.unfollows.push(
        bus.follow(stream, head, async (events) => {
          live.positions.set(stream, BigInt(events.at(-1)!.id));
          for (const listener of live.listeners.get(stream)!) listener.offer(events);
        }),
      );
    }
    return live;
  }

  /** The id of the last event handed to subscribers of the stream. */
  position(stream: string): bigint {
    return this.positions.get(stream) ?? 0n;
  }

  listen(stream: string, listener: StreamListener): () => void {
    const listeners = this.listeners.get(stream);
    if (!listeners) throw new Error(`no follower for stream ${stream}`);
    listeners.add(listener);
    return () => listeners.delete(listener);
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
