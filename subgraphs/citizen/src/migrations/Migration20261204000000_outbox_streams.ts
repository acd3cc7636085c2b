import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox holds more than one stream: appeal events in `citizen`, personal-data audit events in
 * `citizen.audit`, so the audit no longer fills the live updates' replay window.
 */
export class Migration20261204000000_outbox_streams extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "citizen"."outbox_event" add column "stream" text not null default \'citizen\';',
    );
    this.addSql('alter table "citizen"."outbox_event" alter column "stream" drop default;');
    this.addSql(
      'update "citizen"."outbox_event" set "stream" = \'citizen.audit\' where "type" = \'PersonalDataAccessed\';',
    );
    this.addSql('create index "outbox_event_stream_id_index" on "citizen"."outbox_event" ("stream", "id");');
  }
}
