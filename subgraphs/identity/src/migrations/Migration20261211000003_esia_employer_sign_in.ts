import { Migration } from '@mikro-orm/migrations';

/** A sign-in through ESIA is for the citizen app or for an employer's representative. */
export class Migration20261211000003_esia_employer_sign_in extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "identity"."esia_sign_in" add column "audience" text not null default 'citizen';`,
    );
  }
}
