import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000000_users_and_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "identity";');
    this.addSql(`create table "identity"."user_account" (
      "id" uuid not null,
      "login" text null,
      "password_hash" text null,
      "full_name" text not null,
      "roles" text[] not null,
      "job_center_id" uuid null,
      "created_at" timestamptz not null,
      constraint "user_account_pkey" primary key ("id")
    );`);
    this.addSql(
      'alter table "identity"."user_account" add constraint "user_account_login_unique" unique ("login");',
    );
    this.addSql(`create table "identity"."signing_key" (
      "kid" text not null,
      "private_jwk" jsonb not null,
      "public_jwk" jsonb not null,
      "created_at" timestamptz not null,
      constraint "signing_key_pkey" primary key ("kid")
    );`);
  }
}
