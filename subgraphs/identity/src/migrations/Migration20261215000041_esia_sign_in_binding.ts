import { Migration } from '@mikro-orm/migrations';

/**
 * A Gosuslugi sign-in's one-time code is bound to the attempt of the browser that came back with it; attempts
 * past their use are deleted by their start time.
 */
export class Migration20261215000041_esia_sign_in_binding extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "identity"."esia_sign_in" add column "browser_attempt_id" uuid null;');
    this.addSql('create index "esia_sign_in_created_at_index" on "identity"."esia_sign_in" ("created_at");');
  }
}
