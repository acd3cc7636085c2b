import { randomUUID } from 'node:crypto';
import { PostgresEventBus, type PlatformEvent } from '@czn/events';
import {
  PERSONAL_DATA_EVENT,
  type EntityManager,
  type Logger,
  type Orm,
  type PersonalDataAuditRecord,
  type PersonalDataJournal,
  type Role,
} from '@czn/kernel';
import { PersonalDataAccessEntry, PersonalDataAuditCursor } from './personal-data-access.entity';

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
    requestId: record.requestId,
    clientAddress: record.clientAddress,
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

/**
 * Copies the audit events of another subgraph's stream into the trail and moves the stream's cursor, in one
 * transaction. Rows already copied (another replica, a retry) are skipped, so a batch may come twice.
 */
export async function copyAuditEvents(em: EntityManager, stream: string, events: PlatformEvent[]) {
  const rows = events
    .filter((event) => event.type === PERSONAL_DATA_EVENT && event.data)
    .flatMap((event) =>
      rowsOf(event.data as unknown as PersonalDataAuditRecord, { stream, eventId: event.id }),
    );
  const last = events.at(-1);
  if (!last) return;
  await em.transactional(async (tx) => {
    if (rows.length > 0)
      await tx.upsertMany(PersonalDataAccessEntry, rows, {
        onConflictFields: ['sourceStream', 'sourceEventId', 'subjectId', 'action'],
        onConflictAction: 'ignore',
      });
    await tx.getConnection().execute(
      `insert into "identity"."personal_data_audit_cursor" ("stream", "last_event_id") values (?, ?)
         on conflict ("stream") do update set "last_event_id" = greatest(excluded."last_event_id", "personal_data_audit_cursor"."last_event_id")`,
      [stream, last.id],
      'run',
      tx.getTransactionContext(),
    );
  });
}

/** Follows the outboxes of the subgraphs that hold personal data and copies their audit events. */
export function followAuditStreams(
  { orm, log, databaseUrl }: { orm: Orm; log: Logger; databaseUrl: string },
  streams: string[],
): { stop(): Promise<void> } {
  // The outbox in PostgreSQL, not Redis: the trail must not lose an event to a trimmed or restarted stream.
  const bus = new PostgresEventBus(databaseUrl);
  const following = streams.map(async (stream) => {
    const cursor = await orm.em.fork().findOne(PersonalDataAuditCursor, { stream });
    return bus.follow(stream, BigInt(cursor?.lastEventId ?? 0), async (events) => {
      try {
        await copyAuditEvents(orm.em.fork(), stream, events);
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
      await bus.close();
    },
  };
}
