import { Migration } from '@mikro-orm/migrations';

/** Partner agencies (seed 003) and their API keys (prefix + SHA-256 of the secret, revocable). */
export class Migration20261212000003_partner_agencies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."partner_agency" (
      "id" uuid not null,
      "name" text not null,
      "kind" text not null,
      "created_at" timestamptz not null,
      constraint "partner_agency_pkey" primary key ("id")
    );`);
    this.addSql(`create table "identity"."partner_api_key" (
      "id" uuid not null,
      "agency_id" uuid not null,
      "label" text not null,
      "prefix" text not null,
      "secret_hash" text not null,
      "created_by" uuid not null,
      "created_at" timestamptz not null,
      "revoked_at" timestamptz null,
      constraint "partner_api_key_pkey" primary key ("id")
    );`);
    this.addSql(
      'alter table "identity"."partner_api_key" add constraint "partner_api_key_prefix_unique" unique ("prefix");',
    );
    this.addSql(
      'alter table "identity"."partner_api_key" add constraint "partner_api_key_agency_id_foreign" foreign key ("agency_id") references "identity"."partner_agency" ("id") on update cascade on delete cascade;',
    );
  }
}
