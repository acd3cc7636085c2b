import { Migration } from '@mikro-orm/migrations';

export class Migration20261122100000_vacancies extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "employer";');
    this.addSql(`create table "employer"."vacancy" (
      "id" uuid not null,
      "title" text not null,
      "salary_from" int null,
      "salary_to" int null,
      "employer_name" text not null,
      "description" text null,
      "status" text check ("status" in ('ACTIVE', 'WITHDRAWN')) not null default 'ACTIVE',
      "job_center_id" uuid not null,
      "created_at" timestamptz not null,
      constraint "vacancy_pkey" primary key ("id")
    );`);
    this.addSql(
      'create index "vacancy_status_job_center_id_index" on "employer"."vacancy" ("status", "job_center_id");',
    );
  }
}
