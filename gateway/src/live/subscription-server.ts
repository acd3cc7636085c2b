import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { PlatformEvent } from '@czn/events';
import type { Logger, SignedInViewer } from '@czn/kernel';
import {
  GraphQLError,
  getOperationAST,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type FieldNode,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AccessTokenVerifier } from '../access-token';
import type { Client } from '../client-address';
import type { GatewayContext } from '../subgraph-calls';
import { EVENT_ID_VARIABLE, toEventQuery } from './event-query';
import { readsPersonalData } from './personal-data-fields';
import { SharedRenderings } from './shared-renderings';
import type { LiveEvents } from './live-events';
import { replayRefusal, subscribe } from './subscriber';
import { subscriptionFields } from './subscription-fields';

/** A socket whose unsent messages exceed this is closed: the client cannot keep up. */
export const MAX_BUFFERED_BYTES = 1 << 20;
export const SLOW_CLIENT_CLOSE = 1013;
/** Subscriptions one socket may hold at once; every one replays and renders each event of its stream. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;
/** A client sends subscribe messages only: a query and its variables. */
const MAX_MESSAGE_BYTES = 64 * 1024;
const PING_MS = 12_000;

interface ConnectionState extends Record<PropertyKey, unknown> {
  viewer: SignedInViewer;
  client: Client;
  connectionId: string;
  socket: WebSocket;
}

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: () => GraphQLSchema;
  apollo: ApolloServer<GatewayContext>;
  verifyAccessToken: AccessTokenVerifier;
  /** How often an open connection's token is checked again, so that an ended session's socket closes. */
  sessionCheckMs: number;
  live: LiveEvents;
  /** Who a socket's upgrade request came from, as `req.ip` says it for HTTP (TRUST_PROXY). */
  clientOf(request: http.IncomingMessage): Client;
  /** `Type.field` of the personal-data fields (see personal-data-fields.ts). */
  personalDataFields: Set<string>;
  production: boolean;
  log: Logger;
}

/** graphql-ws on the gateway's own port and path; the gateway executes subscriptions from the event bus. */
export function startSubscriptionServer(options: SubscriptionServerOptions): { stop(): Promise<void> } {
  const { apollo, live, log } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
  });
  let connections = 0;

  const renderings = new SharedRenderings();
  const render =
    (
      query: string,
      variables: Record<string, unknown>,
      viewer: SignedInViewer,
      scope: string,
      connectionId: string,
      client: Client,
    ) =>
    (event: PlatformEvent): Promise<ExecutionResult> =>
      renderings.get(`${event.id}|${scope}|${query}|${JSON.stringify(variables)}`, async () => {
        const response = await apollo.executeOperation(
          { query, variables: { ...variables, [EVENT_ID_VARIABLE]: event.id } },
          { contextValue: { viewer, client, requestId: `${connectionId}:${event.id}` } },
        );
        if (response.body.kind !== 'single') throw new Error('incremental delivery is not used for events');
        return response.body.singleResult as ExecutionResult;
      });

  const cleanup = useServer<Record<string, unknown> | undefined, ConnectionState>(
    {
      schema: options.schema,
      isProd: options.production,
      onConnect: async (ctx) => {
        const given = ctx.connectionParams?.['authorization'];
        const authorization = typeof given === 'string' ? given : undefined;
        try {
          const { viewer, expiresAt } = await options.verifyAccessToken(authorization);
          if (viewer.kind !== 'user') throw new Error('anonymous');
          ctx.extra.viewer = viewer;
          ctx.extra.client = options.clientOf(ctx.extra.request);
          ctx.extra.connectionId = `ws${++connections}`;
          const closeAt = expiresAt === null ? null : expiresAt - Date.now();
          if (closeAt !== null) {
            const timer = setTimeout(
              () => ctx.extra.socket.close(CloseCode.Unauthorized, 'Срок действия токена истёк'),
              Math.max(closeAt, 0),
            );
            ctx.extra.socket.once('close', () => clearTimeout(timer));
          }
          const recheck = setInterval(
            () => {
              options.verifyAccessToken(authorization).catch(() => {
                ctx.extra.socket.close(CloseCode.Unauthorized, 'Сеанс завершён');
              });
            },
            Math.max(options.sessionCheckMs, 1000),
          );
          ctx.extra.socket.once('close', () => clearInterval(recheck));
          return true;
        } catch {
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Войдите: нужен действующий токен доступа');
          return false;
        }
      },
      // graphql-ws has registered the new subscription by the time it asks, so it is counted.
      onSubscribe: (ctx) =>
        Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET
          ? [
              new GraphQLError(
                `На одном соединении не больше ${MAX_SUBSCRIPTIONS_PER_SOCKET} подписок одновременно: завершите ненужную подписку, прежде чем открыть новую`,
                { extensions: { code: 'BAD_USER_INPUT' } },
              ),
            ]
          : undefined,
      execute: () => ({
        errors: [new GraphQLError('По graphql-ws принимаются только подписки; запросы отправляйте по HTTP')],
      }),
      subscribe: async (args: ExecutionArgs) => {
        const state = (args.contextValue as { extra: ConnectionState }).extra;
        const operation = getOperationAST(args.document, args.operationName)!;
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        const rootField = operation.selectionSet.selections[0] as FieldNode;
        const field = subscriptionFields[rootField.name.value];
        if (!field) {
          return { errors: [new GraphQLError(`Подписка ${rootField.name.value} не обслуживается шлюзом`)] };
        }
        const eventQuery = toEventQuery(args.document, operation, variables, field.eventQuery);
        const refusal = field.admit(state.viewer);
        if (refusal) return { errors: [refusal] };
        if (eventQuery.sinceEventId !== null && !/^\d{1,18}$/.test(eventQuery.sinceEventId)) {
          return {
            errors: [
              new GraphQLError('sinceEventId должен быть номером события из прежнего сообщения', {
                extensions: { code: 'BAD_USER_INPUT', field: 'sinceEventId' },
              }),
            ],
          };
        }
        const since = eventQuery.sinceEventId === null ? null : BigInt(eventQuery.sinceEventId);
        const tooOld = since === null ? null : replayRefusal(live.position(field.stream), since);
        if (tooOld) return { errors: [tooOld] };
        // Personal data is rendered for each subscriber, so that the audit trail names every recipient.
        const scope = readsPersonalData(args.schema, args.document, options.personalDataFields)
          ? `user:${state.viewer.userId}`
          : field.renderScope(state.viewer);
        return subscribe({
          live,
          field,
          viewer: state.viewer,
          sinceEventId: since,
          render: render(
            eventQuery.text,
            eventQuery.variables,
            state.viewer,
            scope,
            state.connectionId,
            state.client,
          ),
          cutOff: () => state.socket.close(SLOW_CLIENT_CLOSE, 'Клиент не успевает получать события'),
          onFailure: (error) =>
            log.error({ err: error, connection: state.connectionId }, 'subscription failed'),
        });
      },
      context: (ctx) => ({ extra: ctx.extra }),
      onNext: (ctx) => {
        if (ctx.extra.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
          ctx.extra.socket.close(SLOW_CLIENT_CLOSE, 'Клиент не успевает получать события');
        }
      },
    },
    wsServer,
    PING_MS,
  );
  log.info('subscriptions on graphql-ws');
  return {
    async stop() {
      renderings.clear();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
