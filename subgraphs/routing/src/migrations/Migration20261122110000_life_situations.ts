import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110000_life_situations extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "routing";');
    this.addSql(`create table "routing"."life_situation" (
      "id" uuid not null default gen_random_uuid(),
      "code" text not null,
      "name" text not null,
      "description" text not null,
      constraint "life_situation_pkey" primary key ("id"),
      constraint "life_situation_code_unique" unique ("code")
    );`);
    this.addSql(`create table "routing"."service_offering" (
      "id" uuid not null default gen_random_uuid(),
      "life_situation_id" uuid not null,
      "code" text not null,
      "position" int not null,
      "name" text not null,
      "description" text not null,
      "type" text check ("type" in ('SERVICE', 'SUPPORT_SERVICE')) not null,
      "kind" text check ("kind" in ('STATE_SERVICE', 'AUTHORITY', 'ADDITIONAL', 'INFORMATION_CONSULTING')) not null,
      "provider" text not null,
      "deadline" text null,
      "mandatory" text check ("mandatory" in ('REQUIRED', 'DEPENDS', 'NOT_REQUIRED')) not null,
      constraint "service_offering_pkey" primary key ("id"),
      constraint "service_offering_life_situation_id_code_unique" unique ("life_situation_id", "code"),
      constraint "service_offering_life_situation_id_foreign" foreign key ("life_situation_id")
        references "routing"."life_situation" ("id") on update cascade on delete cascade
    );`);
  }
}
