import { Migration } from '@mikro-orm/migrations';

/** The personal-data audit trail (152-ФЗ) and how far it has copied other subgraphs' audit events. */
export class Migration20261213000002_personal_data_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."personal_data_access" (
      "id" uuid not null,
      "occurred_at" timestamptz not null,
      "subject_id" uuid not null,
      "action" text not null,
      "kinds" text[] not null,
      "actor_id" uuid null,
      "actor_roles" text[] not null,
      "actor_job_center_id" uuid null,
      "service" text not null,
      "operation" text not null,
      "request_id" text not null,
      "client_address" text null,
      "source_stream" text null,
      "source_event_id" bigint null,
      constraint "personal_data_access_pkey" primary key ("id")
    );`);
    this.addSql(
      'create index "personal_data_access_subject_id_occurred_at_index" on "identity"."personal_data_access" ("subject_id", "occurred_at");',
    );
    this.addSql(
      'alter table "identity"."personal_data_access" add constraint "personal_data_access_source_unique" unique ("source_stream", "source_event_id", "subject_id", "action");',
    );
    this.addSql(`create table "identity"."personal_data_audit_cursor" (
      "stream" text not null,
      "last_event_id" bigint not null,
      constraint "personal_data_audit_cursor_pkey" primary key ("stream")
    );`);
  }
}
