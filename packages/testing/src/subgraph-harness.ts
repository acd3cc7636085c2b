import {
  GATEWAY,
  internalClient,
  migrateSubgraph,
  openOrm,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphRuntimeConfig,
  type Viewer,
} from '@czn/kernel';
import { graphqlRequest } from './graphql';
import { createTestDatabase, TEST_INTERNAL_SECRET } from './database';
import { SqlCounter } from './sql-counter';

export interface SubgraphHarness {
  running: RunningSubgraph;
  databaseUrl: string;
  /** Counts the subgraph's SQL statements under its name; reset it before the request you measure. */
  sql: SqlCounter;
  /** Sends an operation as the gateway would on behalf of the viewer. */
  request<T = Record<string, any>>(
    viewer: Viewer,
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof graphqlRequest<T>>;
  /** Applies the subgraph's demo data (again): for the tests of the demo data, whose subject it is. */
  seedDemo(): Promise<void>;
  /** SQL the entities would need beyond the committed migrations; empty when they match. */
  schemaDrift(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * How tests run a subgraph: quiet, on a free port, with the test secret the gateway shares. Tests make their
 * data through the API, often in bulk from one address, so the limits of record-creating mutations are 1000
 * times the production ones unless a test of the limits asks for `rateLimitFactor` 1.
 */
export const testSubgraphConfig = (databaseUrl: string, rateLimitFactor = 1000): SubgraphRuntimeConfig => ({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
  DATABASE_URL: databaseUrl,
  PORT: 0,
  RATE_LIMIT_FACTOR: rateLimitFactor,
});

/** One subgraph on a scratch database with its migrations applied and no rows: tests make what they need. */
export async function startSubgraphHarness<T>(definition: SubgraphDefinition<T>): Promise<SubgraphHarness> {
  const database = await createTestDatabase();
  await migrateSubgraph(definition, database.url);
  const sql = new SqlCounter();
  const running = await startSubgraph(definition, testSubgraphConfig(database.url), {
    host: '127.0.0.1',
    onQuery: sql.hook(definition.name),
  });
  const gateway = internalClient({ caller: GATEWAY, secret: TEST_INTERNAL_SECRET });
  return {
    running,
    databaseUrl: database.url,
    sql,
    async request(viewer, query, variables = {}) {
      return graphqlRequest(running.url, query, variables, await gateway.headers(definition.name, viewer));
    },
    async seedDemo() {
      await migrateSubgraph(definition, database.url, { seed: true });
    },
    async schemaDrift() {
      const orm = await openOrm(definition, database.url);
      try {
        return await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
      } finally {
        await orm.close();
      }
    },
    async stop() {
      await running.stop();
      await database.stop();
    },
  };
}
