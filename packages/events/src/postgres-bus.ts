import { Client, Pool } from 'pg';
import { streamChannel, type PlatformEvent } from './event';
import { BATCH, wakeable, type EventBus, type Unfollow } from './event-bus';

interface OutboxRow {
  id: string;
  type: string;
  entity_type: string;
  entity_id: string;
  audience: PlatformEvent['audience'];
  occurred_at: Date;
  data: Record<string, unknown>;
}

/** `<schema>` or `<schema>.<topic>`: the outbox table of the schema, rows of that stream. */
const STREAM = /^([a-z_]+)(\.[a-z_]+)?$/;

/** How often a follower reads the log even without a notification (a lost LISTEN connection, say). */
const POLL_MS = 2000;

/** The outbox table is the log; LISTEN/NOTIFY only wakes the readers. */
export class PostgresEventBus implements EventBus {
  readonly kind = 'postgres';
  /** Replays for reconnecting subscribers. */
  private readonly pool: Pool;
  /** Followers read the live tail here, so that long replays never hold them up. */
  private readonly followerPool: Pool;

  constructor(private readonly databaseUrl: string) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 4 });
    this.followerPool = new Pool({ connectionString: databaseUrl, max: 2 });
  }

  readAfter(stream: string, afterId: bigint, limit: number): Promise<PlatformEvent[]> {
    return this.read(this.pool, stream, afterId, limit);
  }

  private async read(pool: Pool, stream: string, afterId: bigint, limit: number): Promise<PlatformEvent[]> {
    const { rows } = await pool.query<OutboxRow>(
      `select id, type, entity_type, entity_id, audience, occurred_at, data from ${table(stream)}
       where stream = $3 and id > $1 order by id limit $2`,
      [afterId.toString(), limit, stream],
    );
    return rows.map((row) => ({
      id: row.id,
      stream,
      type: row.type,
      entityType: row.entity_type,
      entityId: row.entity_id,
      audience: row.audience,
      occurredAt: row.occurred_at.toISOString(),
      data: row.data,
    }));
  }

  async head(stream: string): Promise<bigint> {
    const { rows } = await this.pool.query<{ id: string | null }>(
      `select max(id) as id from ${table(stream)} where stream = $1`,
      [stream],
    );
    return BigInt(rows[0]?.id ?? 0);
  }

  follow(stream: string, afterId: bigint, onEvents: (events: PlatformEvent[]) => Promise<void>): Unfollow {
    const signal = wakeable();
    let stopped = false;
    let listener: Client | null = null;
    /** Without a LISTEN connection the follower still reads the log every POLL_MS. */
    const listen = async () => {
      const client = new Client({ connectionString: this.databaseUrl });
      client.on('notification', () => signal.wake());
      client.on('error', () => {
        listener = null;
        void client.end().catch(() => undefined);
      });
      try {
        await client.connect();
        await client.query(`listen ${streamChannel(stream)}`);
        listener = client;
      } catch {
        await client.end().catch(() => undefined);
      }
    };
    const loop = (async () => {
      let cursor = afterId;
      while (!stopped) {
        try {
          if (!listener) await listen();
          const events = await this.read(this.followerPool, stream, cursor, BATCH);
          if (events.length > 0) {
            await onEvents(events);
            cursor = BigInt(events.at(-1)!.id);
            if (events.length === BATCH) continue;
          }
        } catch {
          // The database is unreachable for now: try again after the pause.
        }
        await signal.sleep(POLL_MS);
      }
    })();
    return async () => {
      stopped = true;
      signal.wake();
      await loop;
      await (listener as Client | null)?.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.followerPool.end()]);
  }
}

function table(stream: string): string {
  const schema = STREAM.exec(stream)?.[1];
  if (!schema) throw new Error(`unknown stream ${stream}`);
  return `"${schema}"."outbox_event"`;
}
