import { Migration } from '@mikro-orm/migrations';

/**
 * The titles of the vacancies an application chose from favourites, kept beside its answers. Appeals filed
 * before keep none: no application could choose a favourite until now.
 */
export class Migration20261205160000_appeal_application_vacancies extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "citizen"."appeal" add column "application_vacancies" jsonb null;');
  }
}
