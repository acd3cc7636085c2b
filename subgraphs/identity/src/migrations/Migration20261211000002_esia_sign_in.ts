import { Migration } from '@mikro-orm/migrations';

/** Sign-ins through ESIA in flight: state, nonce, and the outcome handed to the citizen app by one-time code. */
export class Migration20261211000002_esia_sign_in extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."esia_sign_in" (
      "id" uuid not null,
      "state" text not null,
      "nonce" text not null,
      "redirect_uri" text not null,
      "created_at" timestamptz not null,
      "completion_code_hash" text null,
      "completed_at" timestamptz null,
      "user_id" uuid null,
      "error" text null,
      "error_code" text null,
      "consumed_at" timestamptz null,
      constraint "esia_sign_in_pkey" primary key ("id")
    );`);
    this.addSql(
      'alter table "identity"."esia_sign_in" add constraint "esia_sign_in_completion_code_hash_unique" unique ("completion_code_hash");',
    );
  }
}
