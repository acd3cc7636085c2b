import { Migration } from '@mikro-orm/migrations';

/** Citizen's audit events moved from its `citizen` stream to `citizen.audit`, with the same event ids. */
export class Migration20261214000000_audit_stream extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'update "identity"."personal_data_audit_cursor" set "stream" = \'citizen.audit\' where "stream" = \'citizen\';',
    );
    this.addSql(
      'update "identity"."personal_data_access" set "source_stream" = \'citizen.audit\' where "source_stream" = \'citizen\';',
    );
  }
}
