import { Migration } from '@mikro-orm/migrations';

/** Employer organisations; users' contact phone and e-mail, and the organisation an employer represents. */
export class Migration20261201000000_organizations_and_contacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."organization" (
      "id" uuid not null,
      "name" text not null,
      "short_name" text not null,
      "inn" text not null,
      "kpp" text null,
      "ogrn" text not null,
      "created_at" timestamptz not null,
      constraint "organization_pkey" primary key ("id")
    );`);
    this.addSql(
      'alter table "identity"."user_account" add column "phone" text null, add column "email" text null, add column "organization_id" uuid null;',
    );
    this.addSql(
      'alter table "identity"."user_account" add constraint "user_account_organization_id_foreign" foreign key ("organization_id") references "identity"."organization" ("id") on update cascade on delete restrict;',
    );
  }
}
