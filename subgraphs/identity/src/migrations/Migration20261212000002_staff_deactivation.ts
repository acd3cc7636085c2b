import { Migration } from '@mikro-orm/migrations';

/** When a job centre's administrator switched a staff account off. */
export class Migration20261212000002_staff_deactivation extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "identity"."user_account" add column "deactivated_at" timestamptz null;');
  }
}
