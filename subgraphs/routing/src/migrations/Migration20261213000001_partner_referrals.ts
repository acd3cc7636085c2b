import { Migration } from '@mikro-orm/migrations';

/** Referrals of people to partner agencies (seed 003), each owned by the agency it is addressed to. */
export class Migration20261213000001_partner_referrals extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "routing"."partner_referral_status" as enum ('SENT', 'ACCEPTED', 'COMPLETED', 'DECLINED');`,
    );
    this.addSql(`create table "routing"."partner_referral" (
      "id" uuid not null,
      "agency_id" uuid not null,
      "person_id" uuid not null,
      "person_full_name" text not null,
      "job_center_id" uuid not null,
      "life_situation_id" uuid null,
      "purpose" text not null,
      "status" "routing"."partner_referral_status" not null default 'SENT',
      "outcome" text null,
      "created_by" uuid not null,
      "idempotency_key" text null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "partner_referral_pkey" primary key ("id"),
      constraint "partner_referral_created_by_idempotency_key_unique" unique ("created_by", "idempotency_key"),
      constraint "partner_referral_life_situation_id_foreign" foreign key ("life_situation_id")
        references "routing"."life_situation" ("id") on update cascade on delete restrict
    );`);
    this.addSql(
      `create index "partner_referral_agency_id_created_at_index" on "routing"."partner_referral" ("agency_id", "created_at");`,
    );
    this.addSql(
      `create index "partner_referral_job_center_id_created_at_index" on "routing"."partner_referral" ("job_center_id", "created_at");`,
    );
    this.addSql(
      `create index "partner_referral_person_id_created_at_index" on "routing"."partner_referral" ("person_id", "created_at");`,
    );
  }
}
