import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120000_resumes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "citizen"."resume_status" as enum ('PENDING_REVIEW', 'ACTIVE', 'REJECTED', 'WITHDRAWN');`,
    );
    this.addSql(
      `create table "citizen"."resume" ("id" uuid not null, "owner_id" uuid not null, "job_center_id" uuid not null, "status" "citizen"."resume_status" not null default 'PENDING_REVIEW', "rejection_reason" text null, "desired_position" text not null, "field_of_activity" text null, "desired_salary" int null, "city" text null, "educations" jsonb not null, "experiences" jsonb not null, "key_skills" text[] not null, "about" text null, "full_name" text not null, "birth_date" date null, "phone" text not null, "email" text null, "address" text null, "publish" boolean not null, "publish_name" boolean not null, "publish_address" boolean not null, "publish_phone" boolean not null, "publish_age" boolean not null, "idempotency_key" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submitted_at" timestamptz not null, constraint "resume_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "resume_owner_id_created_at_index" on "citizen"."resume" ("owner_id", "created_at");`,
    );
    this.addSql(
      `create index "resume_job_center_id_status_submitted_at_index" on "citizen"."resume" ("job_center_id", "status", "submitted_at");`,
    );
    this.addSql(
      `alter table "citizen"."resume" add constraint "resume_owner_id_idempotency_key_unique" unique ("owner_id", "idempotency_key");`,
    );
    this.addSql(
      `create table "citizen"."resume_status_change" ("id" uuid not null, "resume_id" uuid not null, "from_status" "citizen"."resume_status" null, "to_status" "citizen"."resume_status" not null, "changed_by_id" uuid not null, "changed_at" timestamptz not null, "reason" text null, constraint "resume_status_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "resume_status_change_resume_id_changed_at_index" on "citizen"."resume_status_change" ("resume_id", "changed_at");`,
    );
    this.addSql(
      `alter table "citizen"."resume_status_change" add constraint "resume_status_change_resume_id_foreign" foreign key ("resume_id") references "citizen"."resume" ("id") on update cascade on delete restrict;`,
    );
  }
}
