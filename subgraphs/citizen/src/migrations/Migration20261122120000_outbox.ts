import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120000_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "citizen"."outbox_event" (
      "id" bigserial primary key,
      "type" text not null,
      "entity_type" text not null,
      "entity_id" uuid not null,
      "audience" jsonb not null,
      "data" jsonb not null,
      "occurred_at" timestamptz not null
    );`);
    this.addSql(
      'create index "outbox_event_entity_type_entity_id_index" on "citizen"."outbox_event" ("entity_type", "entity_id");',
    );
  }
}
