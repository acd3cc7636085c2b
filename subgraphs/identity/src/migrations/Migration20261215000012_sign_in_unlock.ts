import { Migration } from '@mikro-orm/migrations';

/** Links that lift a sign-in lock of one login from one address, mailed to the account's owner. */
export class Migration20261215000012_sign_in_unlock extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."sign_in_unlock" (
      "token_hash" text not null,
      "user_id" uuid not null,
      "subject_key" text not null,
      "address" text null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      constraint "sign_in_unlock_pkey" primary key ("token_hash"));`);
    this.addSql('create index "sign_in_unlock_user_id_index" on "identity"."sign_in_unlock" ("user_id");');
    this.addSql(`alter table "identity"."sign_in_unlock" add constraint "sign_in_unlock_user_id_foreign"
      foreign key ("user_id") references "identity"."user_account" ("id") on update cascade on delete cascade;`);
  }
}
