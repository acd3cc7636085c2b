import { randomUUID } from 'node:crypto';
import { PostgresEventBus, type PlatformEvent } from '@czn/events';
import { Pool } from 'pg';
import {
  PERSONAL_DATA_EVENT,
  type Logger,
  type PersonalDataAuditRecord,
  type PersonalDataJournal,
  type Role,
} from '@czn/kernel';
import { PersonalDataAccessEntry } from './personal-data-access.entity';

type Source = { stream: string; eventId: string } | null;

const rowsOf = (record: PersonalDataAuditRecord, source: Source) =>
  record.accesses.map((access) => ({
    id: randomUUID(),
    occurredAt: new Date(record.occurredAt),
    subjectId: access.subjectId,
    action: access.action,
    kinds: access.kinds,
    actorId: record.actor.userId,
    actorRoles: record.actor.roles as Role[],
    actorJobCenterId: record.actor.jobCenterId,
    service: record.service,
    operation: record.operation,
    graphqlOperation: record.graphqlOperation,
    requestId: record.requestId,
    clientAddress: record.clientAddress,
    peerAddress: record.peerAddress ?? null,
    sourceStream: source?.stream ?? null,
    sourceEventId: source?.eventId ?? null,
  }));

/** Identity owns the audit trail: its own records go straight into it, in the caller's transaction. */
export const identityJournal: PersonalDataJournal = {
  async write(em, record) {
    for (const row of rowsOf(record, null)) em.create(PersonalDataAccessEntry, row);
    await em.flush();
  },
};

const COLUMNS = [
  'id',
  'occurred_at',
  'subject_id',
  'action',
  'kinds',
  'actor_id',
  'actor_roles',
  'actor_job_center_id',
  'service',
  'operation',
  'graphql_operation',
  'request_id',
  'client_address',
  'peer_address',
  'source_stream',
  'source_event_id',
] as const;

/** Rows per insert statement: a batch's rows in a few statements, well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1000;

/**
 * Copies the audit events of another subgraph's stream into the trail and moves the stream's cursor, in one
 * transaction. Rows already copied (another replica, a retry) are skipped, so a batch may come twice. It runs
 * beside the requests, on its own connections, so that no request's statements include it.
 */
export async function copyAuditEvents(db: Pool, stream: string, events: PlatformEvent[]): Promise<void> {
  const last = events.at(-1);
  if (!last) return;
  const rows = events
    .filter((event) => event.type === PERSONAL_DATA_EVENT && event.data)
    .flatMap((event) =>
      rowsOf(event.data as unknown as PersonalDataAuditRecord, { stream, eventId: event.id }),
    );
  const client = await db.connect();
  try {
    await client.query('begin');
    for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
      const chunk = rows.slice(from, from + ROWS_PER_INSERT);
      const placeholders = chunk.map(
        (_, row) => `(${COLUMNS.map((__, column) => `$${row * COLUMNS.length + column + 1}`).join(', ')})`,
      );
      await client.query(
        `insert into "identity"."personal_data_access" (${COLUMNS.map((column) => `"${column}"`).join(', ')})
         values ${placeholders.join(', ')}
         on conflict on constraint "personal_data_access_source_unique" do nothing`,
        chunk.flatMap((row) => [
          row.id,
          row.occurredAt,
          row.subjectId,
          row.action,
          row.kinds,
          row.actorId,
          row.actorRoles,
          row.actorJobCenterId,
          row.service,
          row.operation,
          row.graphqlOperation,
          row.requestId,
          row.clientAddress,
          row.peerAddress,
          row.sourceStream,
          row.sourceEventId,
        ]),
      );
    }
    await client.query(
      `insert into "identity"."personal_data_audit_cursor" ("stream", "last_event_id") values ($1, $2)
       on conflict ("stream") do update
       set "last_event_id" = greatest(excluded."last_event_id", "personal_data_audit_cursor"."last_event_id")`,
      [stream, last.id],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Follows the outboxes of the subgraphs that hold personal data and copies their audit events. */
export function followAuditStreams(
  { log, databaseUrl }: { log: Logger; databaseUrl: string },
  streams: string[],
): { stop(): Promise<void> } {
  // The outbox in PostgreSQL, not Redis: the trail must not lose an event to a trimmed or restarted stream.
  const bus = new PostgresEventBus(databaseUrl);
  const db = new Pool({ connectionString: databaseUrl, max: 2 });
  db.on('error', (error) => log.warn({ err: error }, 'personal data audit connection lost'));
  const following = streams.map(async (stream) => {
    const { rows } = await db.query<{ last_event_id: string }>(
      'select "last_event_id" from "identity"."personal_data_audit_cursor" where "stream" = $1',
      [stream],
    );
    return bus.follow(stream, BigInt(rows[0]?.last_event_id ?? 0), async (events) => {
      try {
        await copyAuditEvents(db, stream, events);
      } catch (error) {
        log.error({ err: error, stream }, 'personal data audit events were not copied; retrying');
        throw error;
      }
    });
  });
  return {
    async stop() {
      const unfollows = await Promise.allSettled(following);
      await Promise.all(
        unfollows.map((unfollow) => (unfollow.status === 'fulfilled' ? unfollow.value() : undefined)),
      );
      await Promise.all([bus.close(), db.end()]);
    },
  };
}
