import { Migration } from '@mikro-orm/migrations';

/** Accounts of partner agencies' employees: the agency a PARTNER user works for. */
export class Migration20261213000001_partner_users extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "identity"."user_account" add column "partner_agency_id" uuid null;');
    this.addSql(
      'alter table "identity"."user_account" add constraint "user_account_partner_agency_id_foreign" foreign key ("partner_agency_id") references "identity"."partner_agency" ("id") on update cascade on delete restrict;',
    );
  }
}
