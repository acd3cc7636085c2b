import { Migration } from '@mikro-orm/migrations';

/**
 * Every vacancy belongs to an organisation. Vacancies that exist before this migration name their employer
 * only by `employer_name`, so each distinct name stands for one organisation with an id derived from it
 * until someone links it to a registered one; the demo seed then sets the demo organisations' real ids.
 */
export class Migration20261201000000_vacancy_organization extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "employer"."vacancy" add column "organization_id" uuid null;');
    this.addSql(
      `update "employer"."vacancy" set "organization_id" = md5('organization:' || "employer_name")::uuid;`,
    );
    this.addSql('alter table "employer"."vacancy" alter column "organization_id" set not null;');
    this.addSql(
      'create index "vacancy_organization_id_created_at_index" on "employer"."vacancy" ("organization_id", "created_at");',
    );
  }
}
