import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';
import { CloseCode, createClient, type Client } from 'graphql-ws';
import { ConnectionMonitor } from './connection';

export interface SessionClient {
  apollo: ApolloClient;
  connection: ConnectionMonitor;
  /** Reconnects the socket with the current token (after a renewal); subscriptions resume where they were. */
  reconnect(): void;
  dispose(): void;
}

const RETRY_CAP_MS = 5_000;

/** 0.5 s, 1 s, 2 s… up to 5 s, with jitter so that a restarted gateway is not hit by everyone at once. */
const retryWait = (retries: number) =>
  new Promise<void>((resolve) =>
    setTimeout(resolve, Math.min(RETRY_CAP_MS, 500 * 2 ** retries) * (0.75 + Math.random() * 0.5)),
  );

const isCloseCode = (event: unknown, code: number) =>
  typeof event === 'object' && event !== null && (event as { code?: unknown }).code === code;

export const websocketUrl = (location: Location) =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * One client per signed-in session: queries and mutations over HTTP, subscriptions over one socket
 * to the gateway that reconnects for as long as the page is open. Every request and every connection
 * takes the current token, so a renewed token keeps the client, its cache and the page. A refused token
 * asks for a renewal (`renew`, which ends the session when it cannot); the refused request is then
 * sent once more.
 */
export function createSessionClient(accessToken: () => string, renew: () => Promise<boolean>): SessionClient {
  const connection = new ConnectionMonitor();
  let reconnecting = false;
  const socket: Client = createClient({
    url: websocketUrl(window.location),
    connectionParams: () => ({ authorization: `Bearer ${accessToken()}` }),
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait,
    on: {
      connected: () => connection.connected(),
      closed: (event) => {
        if (isCloseCode(event, CloseCode.Unauthorized)) void renew();
        else if (reconnecting) reconnecting = false;
        else connection.lost();
      },
    },
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
    new GraphQLWsLink(socket),
    ApolloLink.from([refusedToken, bearer, http]),
  );

  // The browser knows first when the network goes: drop the socket then, and let it retry.
  const networkLost = () => socket.terminate();
  window.addEventListener('offline', networkLost);

  const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
  return {
    apollo,
    connection,
    reconnect: () => {
      reconnecting = true;
      socket.terminate();
    },
    dispose: () => {
      window.removeEventListener('offline', networkLost);
      apollo.stop();
      void socket.dispose();
    },
  };
}
