import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000000_job_centers extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "scheduling";');
    this.addSql(`create table "scheduling"."job_center" (
      "id" uuid not null,
      "name" text not null,
      "city" text not null,
      "address" text not null,
      "latitude" double precision not null,
      "longitude" double precision not null,
      "phone" text null,
      "working_hours" text not null,
      constraint "job_center_pkey" primary key ("id")
    );`);
  }
}
