import { Migration } from '@mikro-orm/migrations';

/** A person's ESIA link and the personal data ESIA gives: SNILS, birth date, passport, registration address. */
export class Migration20261211000001_personal_data extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "identity"."user_account"
      add column "esia_oid" text null,
      add column "snils" text null,
      add column "birth_date" date null,
      add column "passport_series" text null,
      add column "passport_number" text null,
      add column "passport_issued_by" text null,
      add column "passport_issued_on" date null,
      add column "registration_address" text null,
      add column "trusted" boolean not null default false;`);
    this.addSql(
      'alter table "identity"."user_account" add constraint "user_account_esia_oid_unique" unique ("esia_oid");',
    );
  }
}
