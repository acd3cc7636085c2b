import { Migration } from '@mikro-orm/migrations';

/**
 * When the applicant last opened each appeal. The applicant saw every existing appeal when submitting it,
 * so the submission time is where it starts: appeals changed since then become unread, as they would have.
 */
export class Migration20261201000001_appeal_applicant_seen extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "citizen"."appeal" add column "applicant_seen_at" timestamptz null;');
    this.addSql('update "citizen"."appeal" set "applicant_seen_at" = "created_at";');
  }
}
