import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000000_appeals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "citizen";`);
    this.addSql(
      `create type "citizen"."appeal_type" as enum ('JOB_SEARCH_ASSISTANCE', 'LABOR_MARKET_INFO', 'CAREER_GUIDANCE', 'PUBLIC_WORKS', 'TEMPORARY_EMPLOYMENT', 'VOCATIONAL_TRAINING', 'SELF_EMPLOYMENT_SUPPORT');`,
    );
    this.addSql(
      `create type "citizen"."appeal_status" as enum ('REGISTERED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED');`,
    );
    this.addSql(
      `create table "citizen"."appeal" ("id" uuid not null, "number" text not null, "type" "citizen"."appeal_type" not null, "status" "citizen"."appeal_status" not null default 'REGISTERED', "applicant_id" uuid not null, "job_center_id" uuid not null, "comment" text null, "result" text null, "rejection_reason" text null, "idempotency_key" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "appeal_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "citizen"."appeal" add constraint "appeal_number_unique" unique ("number");`);
    this.addSql(
      `create index "appeal_job_center_id_status_created_at_index" on "citizen"."appeal" ("job_center_id", "status", "created_at");`,
    );
    this.addSql(
      `create index "appeal_applicant_id_created_at_index" on "citizen"."appeal" ("applicant_id", "created_at");`,
    );
    this.addSql(
      `alter table "citizen"."appeal" add constraint "appeal_applicant_id_idempotency_key_unique" unique ("applicant_id", "idempotency_key");`,
    );
    this.addSql(
      `create table "citizen"."appeal_number_counter" ("year" int not null, "last" int not null, constraint "appeal_number_counter_pkey" primary key ("year"));`,
    );
    this.addSql(
      `create table "citizen"."appeal_status_change" ("id" uuid not null, "appeal_id" uuid not null, "from_status" "citizen"."appeal_status" null, "to_status" "citizen"."appeal_status" not null, "changed_by_id" uuid not null, "changed_at" timestamptz not null, "comment" text null, constraint "appeal_status_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "appeal_status_change_appeal_id_changed_at_index" on "citizen"."appeal_status_change" ("appeal_id", "changed_at");`,
    );
    this.addSql(
      `alter table "citizen"."appeal_status_change" add constraint "appeal_status_change_appeal_id_foreign" foreign key ("appeal_id") references "citizen"."appeal" ("id") on update cascade on delete restrict;`,
    );
  }
}
