import { Migration } from '@mikro-orm/migrations';

/** Sign-in sessions with their rotating refresh tokens, and the PostgreSQL sign-in limiter's counters. */
export class Migration20261210000001_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."session" (
      "id" uuid not null,
      "user_id" uuid not null,
      "created_at" timestamptz not null,
      "last_used_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "revoked_at" timestamptz null,
      "revoked_reason" text null,
      "ip_address" text null,
      "user_agent" text null,
      constraint "session_pkey" primary key ("id")
    );`);
    this.addSql(
      'create index "session_user_id_revoked_at_index" on "identity"."session" ("user_id", "revoked_at");',
    );
    this.addSql(
      'alter table "identity"."session" add constraint "session_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id") on update cascade on delete cascade;',
    );
    this.addSql(`create table "identity"."refresh_token" (
      "token_hash" text not null,
      "session_id" uuid not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "rotated_at" timestamptz null,
      constraint "refresh_token_pkey" primary key ("token_hash")
    );`);
    this.addSql(
      'create index "refresh_token_session_id_index" on "identity"."refresh_token" ("session_id");',
    );
    this.addSql(
      'alter table "identity"."refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "identity"."session" ("id") on update cascade on delete cascade;',
    );
    this.addSql(`create table "identity"."sign_in_throttle" (
      "key" text not null,
      "failures" int not null,
      "window_started_at" timestamptz not null,
      "locked_until" timestamptz null,
      constraint "sign_in_throttle_pkey" primary key ("key")
    );`);
  }
}
