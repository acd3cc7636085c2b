import { RedisEventBus } from '@czn/events';
import { createCitizenSubgraph, EmployerSubgraph, SchedulingSubgraph } from '@czn/citizen';
import { createIdentitySubgraph } from '@czn/identity';
import { createRoutingSubgraph, type ApiKeyCacheSettings } from '@czn/routing';
import { migrateSubgraph, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@czn/kernel';
import {
  createTestDatabase,
  graphqlRequest,
  SqlCounter,
  TEST_INTERNAL_SECRET,
  testSubgraphConfig,
} from '@czn/testing';
import { relayedStreams, SUBGRAPH_NAMES, urlSetting, type SubgraphName } from '@czn/platform';
import { subgraphDefinitions } from './subgraph-definitions';

/** What the stack needs of a running gateway. */
export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts a gateway from its settings, as its main does from the environment. */
export type GatewayStarter = (env: Record<string, string>) => Promise<RunningGateway>;

export interface Stack {
  databaseUrl: string;
  streamPrefix: string;
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  sql: SqlCounter;
  request<T = Record<string, any>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): ReturnType<typeof graphqlRequest<T>>;
  /** A second gateway replica over the same subgraphs and bus; `env` overrides its settings (a SCHEDULING_URL). */
  startAnotherGateway(env?: Record<string, string>): Promise<RunningGateway>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Gateway settings to override, such as NODE_ENV. */
  env?: Record<string, string>;
  /** Redis Streams as the event bus (the subgraphs relay their outboxes there); else the PostgreSQL log. */
  redisUrl?: string;
  /** Subgraphs built with other settings, such as identity pointed at a test's ESIA stub. */
  definitions?: Partial<Record<SubgraphName, SubgraphDefinition<unknown>>>;
  /** How long routing remembers verified partner API keys (30 s unless given). */
  routingApiKeyCache?: ApiKeyCacheSettings;
  /** The demo data of `npm start`; without it the platform starts empty and tests make what they need. */
  demo?: boolean;
  /** Multiplies the limits of record-creating mutations: 1000 unless given, 1 for tests of the limits. */
  rateLimitFactor?: number;
}

/**
 * How long a test hook may take to start the stack: about four seconds on an idle machine, much more while
 * jest runs other projects' suites (browsers included) beside it; jest's default of five is too tight.
 */
export const STACK_START_TIMEOUT_MS = 60_000;

/** The whole platform in this process: the manifest's subgraphs and the gateway on a scratch database. */
export async function startStack(
  /** The gateway under test: the stack starts the subgraphs, the gateway package starts itself. */
  startGateway: GatewayStarter,
  {
    env = {},
    redisUrl,
    definitions = {},
    routingApiKeyCache,
    demo = false,
    rateLimitFactor,
  }: StackOptions = {},
): Promise<Stack> {
  const database = await createTestDatabase();
  const sql = new SqlCounter();
  // Each stack gets its own Redis streams: outbox ids restart at 1 in every scratch database.
  const streamPrefix = `czn-test:${new URL(database.url).pathname.slice(1)}`;
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  // A peer's address is read at each call: identity and citizen call subgraphs started after them.
  const peer = (name: SubgraphName) => ({
    get url() {
      return subgraphs[name].url;
    },
    internalTokenSecret: TEST_INTERNAL_SECRET,
  });
  const withPeers: Partial<Record<SubgraphName, () => SubgraphDefinition<unknown>>> = {
    identity: () =>
      createIdentitySubgraph({
        accessTokenTtlSeconds: 900,
        relationshipPeers: { citizen: peer('citizen'), routing: peer('routing') },
      }) as SubgraphDefinition<unknown>,
    citizen: () =>
      createCitizenSubgraph({
        jobCenters: new SchedulingSubgraph(peer('scheduling')),
        vacancies: new EmployerSubgraph(peer('employer')),
      }) as SubgraphDefinition<unknown>,
    routing: () =>
      createRoutingSubgraph({
        identity: peer('identity'),
        ...(routingApiKeyCache ? { apiKeyCache: routingApiKeyCache } : {}),
      }) as SubgraphDefinition<unknown>,
  };
  const definitionOf = (name: SubgraphName): SubgraphDefinition<unknown> =>
    definitions[name] ?? withPeers[name]?.() ?? subgraphDefinitions[name];
  for (const name of SUBGRAPH_NAMES) {
    const definition = definitionOf(name);
    await migrateSubgraph(definition, database.url, { seed: demo });
    subgraphs[name] = await startSubgraph(
      definition,
      {
        ...testSubgraphConfig(database.url, rateLimitFactor),
        REDIS_URL: redisUrl,
        EVENT_STREAM_PREFIX: streamPrefix,
      },
      {
        host: '127.0.0.1',
        onQuery: sql.hook(name),
      },
    );
  }
  const startOneGateway = (overrides: Record<string, string> = {}) =>
    startGateway({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
      PORT: '0',
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [urlSetting(name), subgraphs[name].url])),
      ...(redisUrl
        ? { REDIS_URL: redisUrl, EVENT_STREAM_PREFIX: streamPrefix }
        : { DATABASE_URL: database.url }),
      ...env,
      ...overrides,
    });
  const gateway = await startOneGateway();
  const extraGateways: RunningGateway[] = [];

  const request: Stack['request'] = (token, query, variables = {}) =>
    graphqlRequest(gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  return {
    gateway,
    subgraphs,
    sql,
    databaseUrl: database.url,
    streamPrefix,
    request,
    async startAnotherGateway(overrides) {
      const another = await startOneGateway(overrides);
      extraGateways.push(another);
      return another;
    },
    async stop() {
      for (const another of extraGateways) await another.stop();
      await gateway.stop();
      for (const running of Object.values(subgraphs)) await running.stop();
      if (redisUrl) {
        const redis = new RedisEventBus(redisUrl, streamPrefix);
        for (const stream of relayedStreams()) await redis.deleteStream(stream);
        await redis.close();
      }
      await database.stop();
    },
  };
}
