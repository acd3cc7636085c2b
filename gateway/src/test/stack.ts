import { citizen } from '@czn/citizen';
import { employer } from '@czn/employer';
import { identity } from '@czn/identity';
import {
  migrateSubgraph,
  parseConfig,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '@czn/kernel';
import { routing } from '@czn/routing';
import { scheduling } from '@czn/scheduling';
import {
  createTestDatabase,
  graphqlRequest,
  SqlCounter,
  TEST_INTERNAL_SECRET,
  testSubgraphConfig,
} from '@czn/testing';
import { configShape, type GatewayConfig } from '../config';
import { startGateway, type RunningGateway } from '../server';
import type { SubgraphName } from '../subgraphs';

const definitions: Record<SubgraphName, SubgraphDefinition<unknown>> = {
  identity,
  citizen,
  employer,
  scheduling,
  routing,
} as Record<SubgraphName, SubgraphDefinition<unknown>>;

export interface Stack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  sql: SqlCounter;
  /** Signs a demo account in through the gateway and returns its access token. */
  signIn(login: string): Promise<string>;
  request<T = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof graphqlRequest<T>>;
  stop(): Promise<void>;
}

/** The whole platform in this process: five subgraphs and the gateway on a scratch database. */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const database = await createTestDatabase();
  const sql = new SqlCounter();
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  for (const [name, definition] of Object.entries(definitions) as Array<
    [SubgraphName, SubgraphDefinition<unknown>]
  >) {
    await migrateSubgraph(definition, database.url, { seed: true });
    subgraphs[name] = await startSubgraph(definition, testSubgraphConfig(database.url), {
      host: '127.0.0.1',
      onQuery: sql.hook(name),
    });
  }
  const config: GatewayConfig = parseConfig(configShape, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
    PORT: '0',
    IDENTITY_URL: subgraphs.identity.url,
    CITIZEN_URL: subgraphs.citizen.url,
    EMPLOYER_URL: subgraphs.employer.url,
    SCHEDULING_URL: subgraphs.scheduling.url,
    ROUTING_URL: subgraphs.routing.url,
    ...env,
  });
  const gateway = await startGateway(config, { host: '127.0.0.1' });

  const request: Stack['request'] = (token, query, variables = {}) =>
    graphqlRequest(gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  return {
    gateway,
    subgraphs,
    sql,
    request,
    async signIn(login) {
      const { data, errors } = await request(
        null,
        'mutation($login: String!) { signIn(login: $login, password: "demo12345") { accessToken } }',
        { login },
      );
      if (!data?.['signIn']) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(errors)}`);
      return data['signIn'].accessToken as string;
    },
    async stop() {
      await gateway.stop();
      for (const running of Object.values(subgraphs)) await running.stop();
      await database.stop();
    },
  };
}
