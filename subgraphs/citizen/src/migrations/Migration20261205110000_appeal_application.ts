import { Migration } from '@mikro-orm/migrations';

/**
 * The application's answers on each appeal, by the field keys of the service's form. Appeals filed before
 * the forms keep none: what their applicants would have answered is not known.
 */
export class Migration20261205110000_appeal_application extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "citizen"."appeal" add column "application" jsonb null;');
  }
}
