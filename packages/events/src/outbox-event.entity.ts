import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EventAudience } from './event';

/** A subgraph's transactional outbox: written with the change it describes, read as the stream's log. */
@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['stream', 'id'] })
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** `citizen` for the subgraph's domain events, `citizen.audit` for a topic of its own (the manifest's streams). */
  @Property({ type: 'text' })
  stream!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'json' })
  audience!: EventAudience;

  /** What the event says beyond the entity key, e.g. the status an appeal moved to. */
  @Property({ type: 'json' })
  data: Record<string, unknown> = {};

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt: Date = new Date();
}
