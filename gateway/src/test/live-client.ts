import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveMessage {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface LiveSubscription {
  messages: LiveMessage[];
  /** Resolves with the n-th message (1-based) once it has arrived. */
  nth(n: number): Promise<LiveMessage>;
  close(): Promise<void>;
}

/** A graphql-ws client of the gateway, as a web app would open one. */
export function liveClient(gatewayUrl: string, token: string | null): Client & { closed: Promise<number> } {
  let closedWith: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // Tests read how the connection ended from `closed`.
    onNonLazyError: () => undefined,
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  return Object.assign(client, { closed });
}

export function subscribeLive(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription {
  const messages: LiveMessage[] = [];
  const waiters: Array<() => void> = [];
  const receive = (message: LiveMessage) => {
    messages.push(message);
    waiters.splice(0).forEach((wake) => wake());
  };
  const unsubscribe = client.subscribe<Record<string, any>>(
    { query, variables },
    {
      next: (message) => receive(message as LiveMessage),
      error: (error) => receive({ errors: [{ message: String(error) }] }),
      complete: () => undefined,
    },
  );
  return {
    messages,
    async nth(n) {
      while (messages.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
      return messages[n - 1]!;
    },
    async close() {
      unsubscribe();
    },
  };
}
