import { Migration } from '@mikro-orm/migrations';

/**
 * The applicant's contact phone (required) and e-mail on each appeal. Appeals submitted before the form
 * asked for them keep an empty phone: nobody can tell it now, and the appeal must not be lost.
 */
export class Migration20261201000000_appeal_contacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "citizen"."appeal" add column "contact_phone" text null, add column "contact_email" text null;',
    );
    this.addSql(`update "citizen"."appeal" set "contact_phone" = '' where "contact_phone" is null;`);
    this.addSql('alter table "citizen"."appeal" alter column "contact_phone" set not null;');
  }
}
