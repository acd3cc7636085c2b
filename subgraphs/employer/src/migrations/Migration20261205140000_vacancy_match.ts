import { Migration } from '@mikro-orm/migrations';

/** Matching vacancies to what a citizen looks for compares titles by trigram similarity (pg_trgm). */
export class Migration20261205140000_vacancy_match extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists "pg_trgm";');
  }
}
