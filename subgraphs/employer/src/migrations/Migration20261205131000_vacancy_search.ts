import { Migration } from '@mikro-orm/migrations';

/**
 * The public vacancy bank's search. `search_vector` holds the Russian text search lexemes of the title
 * (weight A), the employer's name (B) and the duties (C). One GIN index holds them with the filters' columns
 * (btree_gin), so that words and filters together narrow the rows in the index and the table is read only
 * for the vacancies found: at 500,000 vacancies, reading the table to apply a filter was what made a search
 * slow. The salary stays out of it: a «from» range spans half the index. A trigram index over the title and
 * the employer's name lets a misspelt word («бухгалтр») still find the vacancy. The partial btree indexes
 * serve the bank's orders (newest, highest salary) and browsing a city, a region or a job centre without
 * words (the job centre's one replaces the index of all its vacancies: only active ones are ever listed). Every index
 * leaves withdrawn vacancies out.
 */
export class Migration20261205131000_vacancy_search extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists "pg_trgm";');
    this.addSql('create extension if not exists "btree_gin";');
    this.addSql(`alter table "employer"."vacancy" add column "search_vector" tsvector generated always as (
      setweight(to_tsvector('russian', "title"), 'A')
      || setweight(to_tsvector('russian', "employer_name"), 'B')
      || setweight(to_tsvector('russian', coalesce("duties", '')), 'C')
    ) stored;`);
    this.addSql(
      `create index "vacancy_search_index" on "employer"."vacancy" using gin ("search_vector", "city", "region", "job_center_id", "schedule", "employment_type") where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `create index "vacancy_search_words_index" on "employer"."vacancy" using gin (("title" || ' ' || "employer_name") gin_trgm_ops) where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `create index "vacancy_active_created_at_index" on "employer"."vacancy" ("created_at" desc, "id") where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `create index "vacancy_active_salary_index" on "employer"."vacancy" ("salary_from" desc nulls last, "created_at" desc, "id") where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `create index "vacancy_active_city_index" on "employer"."vacancy" ("city", "created_at" desc, "id") where "status" = 'ACTIVE';`,
    );
    this.addSql('drop index "employer"."vacancy_status_job_center_id_index";');
    this.addSql(
      `create index "vacancy_active_job_center_index" on "employer"."vacancy" ("job_center_id", "created_at" desc, "id") where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `create index "vacancy_active_region_index" on "employer"."vacancy" ("region", "created_at" desc, "id") where "status" = 'ACTIVE';`,
    );
  }
}
