import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { anonymous, REQUEST_ID_HEADER, type InternalClient, type Logger, type Viewer } from '@czn/kernel';
import { clientHeaders, type Client } from './client-address';
import { BreakerOpenError, type CircuitBreaker } from './circuit-breaker';
import { subgraphFetch } from './subgraph-fetcher';
import { outageError, SubgraphUnavailableError } from './subgraph-outage';
import type { SubgraphName } from '@czn/platform';

/** Identity hands a new refresh token to the gateway in these headers of its answer (see auth-routes.ts). */
export const REFRESH_TOKEN_HEADER = 'x-refresh-token';
export const REFRESH_TOKEN_EXPIRES_HEADER = 'x-refresh-token-expires';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  /** The person's address (behind trusted proxies only), the connection's and the browser, for the subgraphs. */
  client?: Client;
  /** Sets the refresh cookie on the answer to the browser (a sign-in through identity). */
  setRefreshCookie?: (token: string, expiresAt: Date) => void;
}

export interface SubgraphCallOptions {
  name: SubgraphName;
  url: string;
  internal: InternalClient;
  /** The subgraph's breaker, shared by every call to it. */
  breaker: CircuitBreaker;
  timeoutMs: number;
  log: Logger;
}

/** Answers a proxy gives for a service behind it that is down or does not answer. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/**
 * Calls a subgraph on the caller's behalf: the gateway's signed statement of who asks, and the request id.
 * A call that fails or takes longer than the timeout, or is refused by the open breaker, answers with an
 * error naming the missing part instead, so that the rest of the client's answer still arrives.
 */
export class SubgraphCall extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly internal: InternalClient;
  private readonly subgraph: SubgraphName;
  private readonly log: Logger;

  constructor({ name, url, internal, breaker, timeoutMs, log }: SubgraphCallOptions) {
    const fetcher = async (target: string, init: Parameters<typeof subgraphFetch>[1]) => {
      try {
        return await breaker.call(async () => {
          const response = await subgraphFetch(target, { ...init, timeoutMs });
          if (UNAVAILABLE_STATUSES.has(response.status)) throw new Error(`HTTP ${response.status}`);
          return response;
        });
      } catch (cause) {
        throw new SubgraphUnavailableError(name, cause);
      }
    };
    super({ url, fetcher: fetcher as never });
    this.internal = internal;
    this.subgraph = name;
    this.log = log;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      if (!(error instanceof SubgraphUnavailableError)) throw error;
      if (!(error.cause instanceof BreakerOpenError)) {
        const { requestId } = options.context as Partial<GatewayContext>;
        this.log.warn({ subgraph: this.subgraph, requestId, err: error.cause }, 'subgraph unavailable');
      }
      return { errors: [outageError(this.subgraph)] };
    }
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { viewer = anonymous, requestId, client } = context as Partial<GatewayContext>;
    for (const [name, value] of Object.entries(await this.internal.headers(this.subgraph, viewer)))
      request.http?.headers.set(name, value);
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    for (const [name, value] of Object.entries(client ? clientHeaders(client) : {}))
      request.http?.headers.set(name, value);
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const headers = response.http?.headers;
    // Only identity may set the refresh cookie.
    const token = this.subgraph === 'identity' ? headers?.get(REFRESH_TOKEN_HEADER) : null;
    const expires = headers?.get(REFRESH_TOKEN_EXPIRES_HEADER);
    if (token && expires) (context as Partial<GatewayContext>).setRefreshCookie?.(token, new Date(expires));
    return response;
  }
}
