import { Migration } from '@mikro-orm/migrations';

/** Activation with a code counts the logins refused as taken; enough of them spend the code. */
export class Migration20261215000011_activation_attempts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "identity"."activation_code" add column "failed_attempts" int not null default 0;',
    );
  }
}
