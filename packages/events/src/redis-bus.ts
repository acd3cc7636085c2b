import Redis from 'ioredis';
import { streamKey, type PlatformEvent } from './event';
import { BATCH, type EventBus, type Unfollow } from './event-bus';

type StreamEntry = [id: string, fields: string[]];

/** Stream entry ids are `0-<outbox id>`: the outbox's order, and a relay that repeats itself is refused. */
const entryId = (id: bigint | string) => `0-${id}`;
const outboxId = (entry: string) => BigInt(entry.slice(entry.indexOf('-') + 1));
const BLOCK_MS = 5000;

function parse(entries: StreamEntry[]): PlatformEvent[] {
  return entries.map(([, fields]) => JSON.parse(fields[fields.indexOf('event') + 1]!) as PlatformEvent);
}

/** Redis Streams: every gateway replica reads every event, and any reader resumes from an id. */
export class RedisEventBus implements EventBus {
  readonly kind = 'redis';
  private readonly redis: Redis;
  private readonly blocking = new Set<Redis>();

  constructor(
    private readonly redisUrl: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
  }

  private key(stream: string): string {
    return streamKey(this.prefix, stream);
  }

  async readAfter(stream: string, afterId: bigint, limit: number): Promise<PlatformEvent[]> {
    const entries = (await this.redis.xrange(
      this.key(stream),
      `(${entryId(afterId)}`,
      '+',
      'COUNT',
      limit,
    )) as StreamEntry[];
    return parse(entries);
  }

  async head(stream: string): Promise<bigint> {
    const [last] = (await this.redis.xrevrange(this.key(stream), '+', '-', 'COUNT', 1)) as StreamEntry[];
    return last ? outboxId(last[0]) : 0n;
  }

  /** Appends events taken from an outbox; those the stream already has are skipped. */
  async append(stream: string, events: PlatformEvent[]): Promise<void> {
    for (const event of events) {
      try {
        await this.redis.xadd(this.key(stream), entryId(event.id), 'event', JSON.stringify(event));
      } catch (error) {
        if (!String(error).includes('equal or smaller')) throw error;
      }
    }
  }

  /** Removes a stream with every entry: for tests and for retiring a platform's data. */
  async deleteStream(stream: string): Promise<void> {
    await this.redis.del(this.key(stream));
  }

  follow(stream: string, afterId: bigint, onEvents: (events: PlatformEvent[]) => Promise<void>): Unfollow {
    const reader = new Redis(this.redisUrl, { maxRetriesPerRequest: null });
    this.blocking.add(reader);
    let stopped = false;
    const loop = (async () => {
      let cursor = afterId;
      while (!stopped) {
        try {
          const result = (await reader.xread(
            'COUNT',
            BATCH,
            'BLOCK',
            BLOCK_MS,
            'STREAMS',
            this.key(stream),
            entryId(cursor),
          )) as Array<[string, StreamEntry[]]> | null;
          const events = result ? parse(result[0]![1]) : [];
          if (events.length > 0) {
            await onEvents(events);
            cursor = BigInt(events.at(-1)!.id);
          }
        } catch {
          if (!stopped) await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    })();
    return async () => {
      stopped = true;
      reader.disconnect();
      this.blocking.delete(reader);
      await loop;
    };
  }

  async close(): Promise<void> {
    for (const reader of this.blocking) reader.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
