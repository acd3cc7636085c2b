import { Migration } from '@mikro-orm/migrations';

/**
 * The trail names each operation as a person would; the GraphQL operation moves to a column of its own. Rows
 * written before had only the GraphQL text: it moves, and they are named by what was done.
 */
export class Migration20261214000001_personal_data_operation_names extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "identity"."personal_data_access" add column "graphql_operation" text null;');
    this.addSql(`update "identity"."personal_data_access"
      set "graphql_operation" = "operation",
          "operation" = case "action" when 'READ' then 'Просмотр персональных данных' else 'Изменение персональных данных' end
      where "operation" ~ '^(query|mutation|subscription)\\M';`);
  }
}
