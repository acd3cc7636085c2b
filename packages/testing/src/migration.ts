import { openOrm, type SubgraphDefinition } from '@czn/kernel';
import { createTestDatabase } from './database';

export interface MigrationCheck {
  /** Runs SQL on the subgraph's scratch database and returns the rows. */
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Applies the migrations after the one the check started from. */
  migrateRest(): Promise<void>;
}

/**
 * A test of what a migration does to existing rows: a scratch database migrated up to `before`, where the
 * check writes rows as they were, applies the rest and reads what became of them.
 */
export async function acrossMigrations<T>(
  definition: SubgraphDefinition<unknown>,
  before: string,
  check: (database: MigrationCheck) => Promise<T>,
): Promise<T> {
  const database = await createTestDatabase();
  const orm = await openOrm(definition, database.url);
  try {
    await orm.getMigrator().up({ to: before });
    const connection = orm.em.getConnection();
    return await check({
      sql: (text, params = []) => connection.execute(text, params),
      migrateRest: async () => {
        await orm.getMigrator().up();
      },
    });
  } finally {
    await orm.close();
    await database.stop();
  }
}
