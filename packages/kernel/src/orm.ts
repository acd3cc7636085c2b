import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import type { Logger } from './logger';

export type { EntityManager };
export type Orm = MikroORM;

export interface OrmOptions {
  databaseUrl: string;
  /** The PostgreSQL schema this subgraph owns; no other subgraph reads it. */
  schema: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  log?: Logger;
  /** Called for every SQL statement sent; tests count statements with it. */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export async function createOrm(options: OrmOptions): Promise<Orm> {
  const { log, onQuery } = options;
  return MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    allowGlobalContext: false,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: onQuery ? ['query'] : false,
    logger: (message) => {
      if (onQuery) onQuery(message);
      else log?.debug({ orm: message });
    },
    colors: false,
  });
}

export async function migrateUp(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Database reachable and every committed migration applied. */
export async function isReady(orm: Orm): Promise<boolean> {
  try {
    if (!(await orm.isConnected())) return false;
    return (await orm.getMigrator().getPendingMigrations()).length === 0;
  } catch {
    return false;
  }
}
