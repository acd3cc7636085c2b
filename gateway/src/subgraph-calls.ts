import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { anonymous, INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, type Viewer } from '@czn/kernel';
import type { InternalTokens } from './internal-tokens';
import { subgraphFetch } from './subgraph-fetcher';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
}

/** Calls a subgraph on the caller's behalf: the gateway's signed statement of who asks, and the request id. */
export class SubgraphCall extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly tokens: InternalTokens,
  ) {
    super({ url, fetcher: subgraphFetch as never });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const viewer = (context as Partial<GatewayContext>).viewer ?? anonymous;
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await this.tokens.for(viewer));
    const requestId = (context as Partial<GatewayContext>).requestId;
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }
}
