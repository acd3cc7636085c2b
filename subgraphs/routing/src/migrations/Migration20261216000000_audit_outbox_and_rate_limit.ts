import { createRateLimitTable } from '@czn/kernel';
import { Migration } from '@mikro-orm/migrations';

/**
 * An outbox for the `routing.audit` stream (a partner agency's reads of the people referred to it, copied into
 * the trail by identity), and the counters of `@RateLimited` mutations when the platform runs without Redis.
 */
export class Migration20261216000000_audit_outbox_and_rate_limit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "routing"."outbox_event" (
      "id" bigserial primary key,
      "stream" text not null,
      "type" text not null,
      "entity_type" text not null,
      "entity_id" uuid not null,
      "audience" jsonb not null,
      "data" jsonb not null,
      "occurred_at" timestamptz not null
    );`);
    this.addSql(
      'create index "outbox_event_entity_type_entity_id_index" on "routing"."outbox_event" ("entity_type", "entity_id");',
    );
    this.addSql('create index "outbox_event_stream_id_index" on "routing"."outbox_event" ("stream", "id");');
    this.addSql(createRateLimitTable('routing'));
  }
}
