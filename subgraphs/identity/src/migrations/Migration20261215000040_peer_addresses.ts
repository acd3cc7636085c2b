import { Migration } from '@mikro-orm/migrations';

/** Sessions and the personal-data trail keep the connection's address beside the client's (a proxy's, or the same). */
export class Migration20261215000040_peer_addresses extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "identity"."session" add column "peer_address" text null;');
    this.addSql('alter table "identity"."personal_data_access" add column "peer_address" text null;');
  }
}
