import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  anonymous,
  CLIENT_ADDRESS_HEADER,
  CLIENT_USER_AGENT_HEADER,
  REQUEST_ID_HEADER,
  type InternalClient,
  type InternalTarget,
  type Viewer,
} from '@czn/kernel';
import { subgraphFetch } from './subgraph-fetcher';

/** Identity hands a new refresh token to the gateway in these headers of its answer (see auth-routes.ts). */
export const REFRESH_TOKEN_HEADER = 'x-refresh-token';
export const REFRESH_TOKEN_EXPIRES_HEADER = 'x-refresh-token-expires';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  /** The person's address (req.ip behind the trusted proxies) and browser, passed on to the subgraphs. */
  client?: { address: string | null; userAgent: string | null };
  /** Sets the refresh cookie on the answer to the browser (a sign-in through identity). */
  setRefreshCookie?: (token: string, expiresAt: Date) => void;
}

/** Calls a subgraph on the caller's behalf: the gateway's signed statement of who asks, and the request id. */
export class SubgraphCall extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly target: InternalTarget,
    private readonly internal: InternalClient,
    /** Only identity may set the refresh cookie. */
    private readonly issuesSessions = false,
  ) {
    super({ url: target.url, fetcher: subgraphFetch as never });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { viewer = anonymous, requestId, client } = context as Partial<GatewayContext>;
    for (const [name, value] of Object.entries(await this.internal.headers(this.target.name, viewer)))
      request.http?.headers.set(name, value);
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    if (client?.address) request.http?.headers.set(CLIENT_ADDRESS_HEADER, client.address);
    if (client?.userAgent) request.http?.headers.set(CLIENT_USER_AGENT_HEADER, client.userAgent);
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const headers = response.http?.headers;
    const token = this.issuesSessions ? headers?.get(REFRESH_TOKEN_HEADER) : null;
    const expires = headers?.get(REFRESH_TOKEN_EXPIRES_HEADER);
    if (token && expires) (context as Partial<GatewayContext>).setRefreshCookie?.(token, new Date(expires));
    return response;
  }
}
