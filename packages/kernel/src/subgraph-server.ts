import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { formatErrorFor } from './format-error';
import { internalCallersPlugin, isAcceptedCaller, type AcceptedCallers } from './internal-callers';
import {
  INTERNAL_TOKEN_HEADER,
  internalTokenVerifier,
  REQUEST_ID_HEADER,
  type InternalTokenVerifier,
} from './internal-token';
import type { Logger } from './logger';
import { isReady, type EntityManager, type Orm } from './orm';
import { PersonalDataAudit, type PersonalDataJournal } from './personal-data';
import { personalDataAuditPlugin } from './personal-data-plugin';
import { noFieldSuggestions, queryLimitsPlugin, tokenLimitRefusal } from './query-limits';
import type { RateLimiter } from './rate-limit';
import { requestLogPlugin } from './request-log';
import type { Viewer } from './viewer';

export interface SubgraphContext<TLoaders> {
  em: EntityManager;
  viewer: Viewer;
  /** The service that called (`gateway`, or a subgraph it accepts); null for a partner's API key. */
  caller: string | null;
  loaders: TLoaders;
  requestId: string;
  log: Logger;
  /**
   * The person's network address and browser as the gateway saw them, and the address of the connection the
   * gateway received (a proxy's, when the person came through a trusted one); null when it passed none.
   */
  client: { address: string | null; peerAddress: string | null; userAgent: string | null };
  /** Sets a header of the answer to the gateway (identity hands a new refresh token over this way). */
  setResponseHeader(name: string, value: string): void;
  /** What the request reads and changes of personal data (152-ФЗ); see `@PersonalData`. */
  personalData: PersonalDataAudit;
  /** Counts the attempts of mutations that create records; see `@RateLimited`. */
  rateLimiter: RateLimiter;
}

/** Headers through which the gateway passes the person's address and browser to the subgraphs. */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';
export const CLIENT_PEER_ADDRESS_HEADER = 'x-client-peer-address';
export const CLIENT_USER_AGENT_HEADER = 'x-client-user-agent';

export interface SubgraphServerOptions<TLoaders> {
  name: string;
  schema: GraphQLSchema;
  orm: Orm;
  createLoaders: (em: EntityManager) => TLoaders;
  port: number;
  host?: string;
  internalTokenSecret: string;
  production: boolean;
  log: Logger;
  /** Extra public HTTP routes, such as identity's JWKS. */
  routes?: (app: Express) => void;
  /** Where the audit of personal data goes; required of a subgraph that has `@PersonalData` fields. */
  personalDataJournal?: PersonalDataJournal | undefined;
  /**
   * Lets partner agencies call this subgraph directly with `X-API-Key` (routing only): the agency and the
   * key's prefix of a valid key, null for an unknown or revoked one.
   */
  apiKeys?: ApiKeyVerifier;
  /** Services besides the gateway that may call this subgraph, and what each may ask. */
  acceptsCallers?: AcceptedCallers;
  rateLimiter: RateLimiter;
}

export type ApiKeyVerifier = (key: string) => Promise<{ agencyId: string; prefix: string } | null>;

/** Header through which a partner agency's system presents its API key. */
export const API_KEY_HEADER = 'x-api-key';

const refuse = (res: express.Response, message: string, code = 'UNAUTHENTICATED') =>
  res.status(code === 'FORBIDDEN' ? 403 : 401).json({ errors: [{ message, extensions: { code } }] });

type Caller = { caller: string | null; viewer: Viewer };

/** The calling service and its viewer, else a partner key's (when the subgraph accepts keys), else null. */
async function callerOf(
  req: express.Request,
  verifyInternalToken: InternalTokenVerifier,
  apiKeys: ApiKeyVerifier | undefined,
): Promise<Caller | 'bad-key' | null> {
  const internalToken = req.header(INTERNAL_TOKEN_HEADER);
  const apiKey = req.header(API_KEY_HEADER);
  if (internalToken || !apiKeys || !apiKey) return verifyInternalToken(internalToken);
  const agency = await apiKeys(apiKey);
  return agency
    ? {
        caller: null,
        viewer: { kind: 'partner-key', agencyId: agency.agencyId, apiKeyPrefix: agency.prefix },
      }
    : 'bad-key';
}

export interface RunningServer {
  url: string;
  port: number;
  /** The address it listens on: 127.0.0.1 outside production unless told otherwise (see `listenHost`). */
  address: string;
  stop(): Promise<void>;
}

/**
 * Where a service listens unless told: on every interface in production (containers behind their network),
 * on loopback elsewhere, so that a developer's machine serves the development mailbox, the subgraphs and the
 * gateway to nobody else on its network.
 */
export const listenHost = (production: boolean): string | undefined => (production ? undefined : '127.0.0.1');

/** Starts accepting connections; resolves with the port actually bound (0 picks a free one). */
export async function listen(httpServer: http.Server, port: number, host?: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  return (httpServer.address() as AddressInfo).port;
}

/**
 * Health and readiness probes every service exposes. `/health` answers 200 while the process runs, with
 * `detail` (such as the gateway's view of each subgraph) beside it; `/ready` says whether the service itself
 * can serve, never its peers.
 */
export function healthRoutes(
  app: Express,
  name: string,
  ready: () => Promise<boolean>,
  detail?: () => Promise<Record<string, unknown>>,
): void {
  app.get('/health', async (_req, res) => {
    res.json({ service: name, status: 'ok', ...(await detail?.()) });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await ready();
    res.status(ok ? 200 : 503).json({ service: name, status: ok ? 'ready' : 'not ready' });
  });
}

export async function startSubgraphServer<TLoaders>(
  options: SubgraphServerOptions<TLoaders>,
): Promise<RunningServer> {
  const { log, orm, acceptsCallers = {} } = options;
  const app = express();
  app.disable('x-powered-by');
  healthRoutes(app, options.name, () => isReady(orm));
  options.routes?.(app);

  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    formatError: formatErrorFor(log, options.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      requestLogPlugin(log),
      personalDataAuditPlugin(log),
      internalCallersPlugin(options.name, acceptsCallers),
      queryLimitsPlugin(options.name),
      ...noFieldSuggestions(),
    ],
  });
  await apollo.start();
  const verifyInternalToken = internalTokenVerifier(options.internalTokenSecret, options.name);

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    async (req, res, next) => {
      let caller: Awaited<ReturnType<typeof callerOf>>;
      try {
        caller = await callerOf(req, verifyInternalToken, options.apiKeys);
      } catch (error) {
        log.error({ err: error }, 'API key verification failed');
        res.status(503).json({
          errors: [
            {
              message: 'Не удалось проверить ключ API: сервис временно недоступен, повторите запрос позже',
              extensions: { code: 'SERVICE_UNAVAILABLE' },
            },
          ],
        });
        return;
      }
      if (caller === 'bad-key') {
        refuse(
          res,
          'Ключ API не действует: он неверен или отозван. Запросите новый ключ у администратора ЦЗН',
        );
        return;
      }
      if (!caller) {
        refuse(
          res,
          `Подграф ${options.name} принимает запросы только от шлюза и других сервисов платформы: нет действующего внутреннего токена, выписанного для него`,
        );
        return;
      }
      if (caller.caller !== null && !isAcceptedCaller(acceptsCallers, caller.caller)) {
        refuse(
          res,
          `Подграф ${options.name} не принимает запросы от сервиса ${caller.caller}: разрешите их в acceptsCallers подграфа ${options.name}, если так задумано`,
          'FORBIDDEN',
        );
        return;
      }
      const query =
        req.method === 'GET' ? req.query['query'] : (req.body as { query?: unknown } | undefined)?.query;
      const tooLong = tokenLimitRefusal(caller.caller, query);
      if (tooLong) {
        res
          .status(400)
          .json({ errors: [{ message: tooLong.message, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      res.locals['caller'] = caller;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
        const em = orm.em.fork();
        const { caller, viewer } = res.locals['caller'] as Caller;
        const client = {
          address: req.header(CLIENT_ADDRESS_HEADER)?.slice(0, 64) ?? null,
          peerAddress: req.header(CLIENT_PEER_ADDRESS_HEADER)?.slice(0, 64) ?? null,
          userAgent: req.header(CLIENT_USER_AGENT_HEADER)?.slice(0, 512) ?? null,
        };
        return {
          em,
          viewer,
          caller,
          loaders: options.createLoaders(em),
          requestId,
          log: log.child({ requestId }),
          client,
          setResponseHeader: (name: string, value: string) => res.setHeader(name, value),
          personalData: new PersonalDataAudit(options.personalDataJournal ?? null, {
            service: options.name,
            viewer,
            requestId,
            clientAddress: client.address,
            peerAddress: client.peerAddress,
          }),
          rateLimiter: options.rateLimiter,
        };
      },
    }),
  );

  const port = await listen(httpServer, options.port, options.host ?? listenHost(options.production));
  const { address } = httpServer.address() as AddressInfo;
  log.info({ port, address }, `${options.name} subgraph listening`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    address,
    async stop() {
      await apollo.stop();
    },
  };
}
