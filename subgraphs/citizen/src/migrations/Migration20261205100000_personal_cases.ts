import { Migration } from '@mikro-orm/migrations';

export class Migration20261205100000_personal_cases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "citizen"."personal_case_purpose" as enum ('JOB_SEARCH');`);
    this.addSql(
      `create type "citizen"."personal_case_status" as enum ('JOB_SEEKER', 'UNEMPLOYED', 'CLOSED');`,
    );
    this.addSql(
      `create type "citizen"."personal_case_change_kind" as enum ('OPENED', 'STATUS_CHANGED', 'ACCOUNT_SET', 'CLOSED');`,
    );
    this.addSql(
      `create table "citizen"."personal_case" ("id" uuid not null, "citizen_id" uuid not null, "job_center_id" uuid not null, "purpose" "citizen"."personal_case_purpose" not null default 'JOB_SEARCH', "status" "citizen"."personal_case_status" not null, "opened_on" date not null, "personal_account_number" text null, "closed_on" date null, "close_reason" text null, "idempotency_key" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "personal_case_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "personal_case_citizen_id_opened_on_index" on "citizen"."personal_case" ("citizen_id", "opened_on");`,
    );
    this.addSql(
      `create index "personal_case_job_center_id_status_opened_on_index" on "citizen"."personal_case" ("job_center_id", "status", "opened_on");`,
    );
    this.addSql(
      `alter table "citizen"."personal_case" add constraint "personal_case_job_center_id_idempotency_key_unique" unique ("job_center_id", "idempotency_key");`,
    );
    this.addSql(
      `create unique index "personal_case_one_open_per_centre" on "citizen"."personal_case" ("citizen_id", "job_center_id") where "status" <> 'CLOSED';`,
    );
    this.addSql(
      `create table "citizen"."personal_case_change" ("id" uuid not null, "personal_case_id" uuid not null, "kind" "citizen"."personal_case_change_kind" not null, "from_status" "citizen"."personal_case_status" null, "to_status" "citizen"."personal_case_status" not null, "changed_by_id" uuid not null, "changed_at" timestamptz not null, "reason" text null, constraint "personal_case_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "personal_case_change_personal_case_id_changed_at_index" on "citizen"."personal_case_change" ("personal_case_id", "changed_at");`,
    );
    this.addSql(
      `alter table "citizen"."personal_case_change" add constraint "personal_case_change_personal_case_id_foreign" foreign key ("personal_case_id") references "citizen"."personal_case" ("id") on update cascade on delete restrict;`,
    );
  }
}
