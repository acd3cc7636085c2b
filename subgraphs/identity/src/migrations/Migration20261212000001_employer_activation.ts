import { Migration } from '@mikro-orm/migrations';

/** Employer cabinet activation codes (hashed, 30 days, one-time) and the development mailbox. */
export class Migration20261212000001_employer_activation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."activation_code" (
      "id" uuid not null,
      "user_id" uuid not null,
      "code_hash" text not null,
      "sent_by" uuid not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      "replaced_at" timestamptz null,
      constraint "activation_code_pkey" primary key ("id")
    );`);
    this.addSql(
      'alter table "identity"."activation_code" add constraint "activation_code_code_hash_unique" unique ("code_hash");',
    );
    this.addSql(
      'alter table "identity"."activation_code" add constraint "activation_code_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id") on update cascade on delete cascade;',
    );
    this.addSql(`create table "identity"."mailbox_message" (
      "id" uuid not null,
      "sender" text not null,
      "recipient" text not null,
      "subject" text not null,
      "body" text not null,
      "created_at" timestamptz not null,
      constraint "mailbox_message_pkey" primary key ("id")
    );`);
  }
}
