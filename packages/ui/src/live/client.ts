import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';
import type { Client } from 'graphql-ws';
import { ConnectionMonitor } from './connection';
import { LiveSocket } from './socket';

export interface SessionClient {
  apollo: ApolloClient;
  connection: ConnectionMonitor;
  /** Reconnects the socket with the current token (after a renewal); subscriptions resume where they were. */
  reconnect(): void;
  dispose(): void;
}

export const websocketUrl = (location: Location) =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * One client per signed-in session: queries and mutations over HTTP, subscriptions over one socket
 * to the gateway that reconnects after every close (see `LiveSocket`). Every request and every connection
 * takes the current token, so a renewed token keeps the client, its cache and the page. A refused token
 * asks for a renewal (`renew`, which ends the session when it cannot); the refused request is then
 * sent once more.
 */
export function createSessionClient(accessToken: () => string, renew: () => Promise<boolean>): SessionClient {
  const connection = new ConnectionMonitor();
  const socket = new LiveSocket({
    url: websocketUrl(window.location),
    connectionParams: () => ({ authorization: `Bearer ${accessToken()}` }),
    renew,
    monitor: connection,
  });

  const refusedToken = new ErrorLink(({ error, operation, forward }) => {
    if (
      !CombinedGraphQLErrors.is(error) ||
      !error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ||
      operation.getContext()['renewed']
    )
      return;
    return new Observable((observer) => {
      let inner: { unsubscribe(): void } | null = null;
      void renew().then((renewed) => {
        if (!renewed) {
          observer.error(error);
          return;
        }
        operation.setContext({ renewed: true });
        inner = forward(operation).subscribe(observer);
      });
      return () => inner?.unsubscribe();
    });
  });
  const bearer = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${accessToken()}` },
    }));
    return forward(operation);
  });
  const http = new HttpLink({ uri: '/graphql' });
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    // GraphQLWsLink only subscribes through the client it is given.
    new GraphQLWsLink(socket as Pick<Client, 'subscribe'> as Client),
    ApolloLink.from([refusedToken, bearer, http]),
  );

  // The browser knows first when the network goes: drop the socket then, and let it retry.
  const networkLost = () => socket.drop();
  window.addEventListener('offline', networkLost);

  const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
  return {
    apollo,
    connection,
    reconnect: () => socket.reconnect(),
    dispose: () => {
      window.removeEventListener('offline', networkLost);
      apollo.stop();
      void socket.dispose();
    },
  };
}
