import { Migration } from '@mikro-orm/migrations';

/** Vacancies citizens keep in favourites: one row per citizen and vacancy. */
export class Migration20261205140000_favorite_vacancies extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "citizen"."favorite_vacancy" ("id" uuid not null, "citizen_id" uuid not null, "vacancy_id" uuid not null, "added_at" timestamptz not null, constraint "favorite_vacancy_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "citizen"."favorite_vacancy" add constraint "favorite_vacancy_citizen_id_vacancy_id_unique" unique ("citizen_id", "vacancy_id");`,
    );
    this.addSql(
      `create index "favorite_vacancy_citizen_id_added_at_index" on "citizen"."favorite_vacancy" ("citizen_id", "added_at");`,
    );
  }
}
