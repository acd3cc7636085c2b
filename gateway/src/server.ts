import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createLogger,
  formatErrorFor,
  GATEWAY,
  healthRoutes,
  internalClient,
  listen,
  listenHost,
  queryLimitProtection,
  REQUEST_ID_HEADER,
  requestLogPlugin,
} from '@czn/kernel';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { PostgresEventBus, RedisEventBus, type EventBus } from '@czn/events';
import { accessTokenVerifier } from './access-token';
import type { GatewayConfig } from './config';
import { cors } from './cors';
import { esiaRoutes } from './esia-routes';
import { LiveEvents } from './live/live-events';
import { refusePartnerApiKeys } from './partner-api-keys';
import { streamsOfSubscriptions } from './live/subscription-fields';
import { personalDataFields } from './live/personal-data-fields';
import { startSubscriptionServer } from './live/subscription-server';
import { SessionCheck } from './session-check';
import { clientOf, clientOfUpgrade, type TrustedProxy } from './client-address';
import { refreshCookie, sessionRoutes } from './session-routes';
import { CircuitBreaker } from './circuit-breaker';
import { SubgraphCall, type GatewayContext } from './subgraph-calls';
import { SUBGRAPH_NAMES, type SubgraphName } from '@czn/platform';
import { subgraphFetch } from './subgraph-fetcher';
import { subgraphHealth } from './subgraph-health';
import { jwksUrl, subgraphUrls } from './subgraphs';
import { readSupergraph } from './supergraph';

export type { GatewayConfig };
export { loadConfig, parseGatewayConfig } from './config';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w-]{1,64}$/;

/** How long readiness waits for the event bus to answer. */
const BUS_CHECK_MS = 2000;

/** Whether the event bus answers: a read of a stream's newest id. */
async function busAnswers(bus: EventBus, stream: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, BUS_CHECK_MS, false)));
  try {
    return await Promise.race([bus.head(stream).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function startGateway(
  config: GatewayConfig,
  options: { host?: string } = {},
): Promise<RunningGateway> {
  const production = config.NODE_ENV === 'production';
  const log = createLogger('gateway', config.LOG_LEVEL);
  const urls = subgraphUrls(config);
  const internal = internalClient({
    caller: GATEWAY,
    secret: config.INTERNAL_TOKEN_SECRET,
    fetch: subgraphFetch,
  });
  const target = (name: SubgraphName) => ({ name, url: urls[name] });
  const verifyAccessToken = accessTokenVerifier(
    jwksUrl(config),
    new SessionCheck(target('identity'), internal, config.SESSION_CHECK_SECONDS * 1000, log),
  );

  const breakers = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      new CircuitBreaker({
        failuresToOpen: config.SUBGRAPH_BREAKER_FAILURES,
        coolDownMs: config.SUBGRAPH_BREAKER_COOLDOWN_MS,
        onStateChange: (state) => log.warn({ subgraph: name, breaker: state }, 'subgraph breaker'),
      }),
    ]),
  ) as Record<SubgraphName, CircuitBreaker>;

  const supergraphSdl = readSupergraph();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new SubgraphCall({
        name: name as SubgraphName,
        url: urls[name as SubgraphName],
        internal,
        breaker: breakers[name as SubgraphName],
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        log,
      }),
  });
  let apiSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = http.createServer(app);
  const protection = production ? queryLimitProtection() : null;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: formatErrorFor(log, production),
    validationRules: protection?.validationRules ?? [],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogPlugin(log),
      ...(protection?.plugins ?? []),
    ],
  });
  await apollo.start();

  const cookie = { secure: production };
  app.use('/auth/session', cors(config.CORS_ORIGINS), sessionRoutes(target('identity'), internal, cookie));

  app.use('/auth/esia', esiaRoutes(target('identity'), internal, cookie));

  app.use(
    '/graphql',
    cors(config.CORS_ORIGINS),
    refusePartnerApiKeys,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const incoming = req.header(REQUEST_ID_HEADER);
        const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader(REQUEST_ID_HEADER, requestId);
        try {
          return {
            viewer: (await verifyAccessToken(req.header('authorization'))).viewer,
            requestId,
            client: clientOf(req),
            setRefreshCookie: (token: string, expiresAt: Date) =>
              res.append('set-cookie', refreshCookie(token, expiresAt, cookie)),
          };
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          throw new GraphQLError(error.message, {
            extensions: { ...error.extensions, http: { status: 401 } },
          });
        }
      },
    }),
  );

  const bus: EventBus = config.REDIS_URL
    ? new RedisEventBus(config.REDIS_URL, config.EVENT_STREAM_PREFIX)
    : new PostgresEventBus(config.DATABASE_URL!);
  const streams = streamsOfSubscriptions();
  const live = await LiveEvents.start(bus, streams, log);
  // Ready means this gateway can serve; a subgraph that is down only empties its own fields.
  healthRoutes(
    app,
    'gateway',
    async () => apiSchema !== null && (await busAnswers(bus, streams[0]!)),
    async () => ({ subgraphs: await subgraphHealth(urls, breakers) }),
  );
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema: () => apiSchema!,
    apollo,
    verifyAccessToken,
    sessionCheckMs: config.SESSION_CHECK_SECONDS * 1000,
    live,
    clientOf: (request) => clientOfUpgrade(request, app.get('trust proxy fn') as TrustedProxy),
    personalDataFields: personalDataFields(supergraphSdl),
    production,
    log,
  });

  const port = await listen(httpServer, config.PORT, options.host ?? listenHost(production));
  log.info({ port }, 'gateway listening');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    async stop() {
      await subscriptions.stop();
      await apollo.stop();
      await live.stop();
      await bus.close();
    },
  };
}
