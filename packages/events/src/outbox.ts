import type { EntityManager } from '@mikro-orm/postgresql';
import { streamChannel, type EventAudience } from './event';
import { OutboxEvent } from './outbox-event.entity';

export interface NewEvent {
  type: string;
  entityType: string;
  entityId: string;
  audience: EventAudience;
  data?: Record<string, unknown>;
  occurredAt?: Date;
}

/**
 * Records an event in the caller's transaction. Event-writing transactions of a stream take turns on an
 * advisory lock, so ids become visible in increasing order and a reader that has seen id N has seen all
 * before it. The NOTIFY is delivered on commit and dropped on rollback, like the row.
 */
export async function recordEvent(em: EntityManager, stream: string, event: NewEvent): Promise<OutboxEvent> {
  if (!em.isInTransaction()) throw new Error('recordEvent must run inside the transaction of the change');
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [`outbox:${stream}`], 'run', tx);
  const row = em.create(OutboxEvent, { data: {}, occurredAt: new Date(), ...event, stream });
  await em.flush();
  await connection.execute('select pg_notify(?, ?)', [streamChannel(stream), row.id], 'run', tx);
  return row;
}

/** The SQL of the migration that gives a subgraph its outbox table, as `OutboxEvent` maps it today. */
export const createOutboxTable = (schema: string): string[] => [
  `create table "${schema}"."outbox_event" ("id" bigserial primary key, "stream" text not null, "type" text not null, "entity_type" text not null, "entity_id" uuid not null, "audience" jsonb not null, "data" jsonb not null, "occurred_at" timestamptz not null);`,
  `create index "outbox_event_entity_type_entity_id_index" on "${schema}"."outbox_event" ("entity_type", "entity_id");`,
  `create index "outbox_event_stream_id_index" on "${schema}"."outbox_event" ("stream", "id");`,
];
