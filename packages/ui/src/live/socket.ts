import { CloseCode, createClient, type Client, type ClientOptions } from 'graphql-ws';
import type { ConnectionMonitor } from './connection';

/**
 * Attempts in a row that never get through, or get through and close at once, after which the page asks the
 * person to reload it.
 */
export const MAX_FAILED_ATTEMPTS = 10;

const RETRY_CAP_MS = 5_000;

/** A connection that closes sooner than this after it got through counts as a failed attempt too. */
const STABLE_MS = 10_000;

/** 0.5 s, 1 s, 2 s… up to 5 s, with jitter so that a restarted gateway is not hit by everyone at once. */
const backOff = (failures: number) =>
  new Promise<void>((resolve) =>
    setTimeout(resolve, Math.min(RETRY_CAP_MS, 500 * 2 ** failures) * (0.75 + Math.random() * 0.5)),
  );

const refusesToken = (closed: unknown) =>
  typeof closed === 'object' &&
  closed !== null &&
  [CloseCode.Unauthorized, CloseCode.Forbidden].includes((closed as { code?: unknown }).code as number);

export interface LiveSocketOptions {
  url: string;
  /** Read at every connection, so that a renewed token is used. */
  connectionParams(): Record<string, unknown>;
  /** Asked for a new token when the gateway refuses the socket's; false when the session has ended. */
  renew(): Promise<boolean>;
  monitor: ConnectionMonitor;
  /** How long to wait before the next attempt after `failures` attempts in a row failed. */
  retryWait?: (failures: number) => Promise<void>;
  webSocketImpl?: ClientOptions['webSocketImpl'];
}

/**
 * The page's socket to the gateway, reconnecting after every close. graphql-ws gives up for good on some
 * close codes (1011, 4500, 4400…) that a failing or restarting gateway may send; here each connection is
 * one graphql-ws client, and a closed one is replaced by a new one after a pause. A refused token (4401,
 * 4403) is renewed first. After `MAX_FAILED_ATTEMPTS` attempts in a row that never get through or close at
 * once (a gateway that accepts and fails straight away), the socket stops and the monitor says so.
 */
export class LiveSocket {
  private client: Client;
  private failures = 0;
  /** Between a close and the next attempt: there is no connection to restart. */
  private waiting = false;
  /** The current connection is being closed on purpose, to reconnect at once with a renewed token. */
  private restarting = false;
  private disposed = false;

  constructor(private readonly options: LiveSocketOptions) {
    this.client = this.open();
  }

  readonly subscribe: Client['subscribe'] = (payload, sink) => this.client.subscribe(payload, sink);

  /** Reconnects at once with the current token; subscriptions resume where they were. */
  reconnect(): void {
    if (this.waiting) return;
    this.restarting = true;
    this.client.terminate();
  }

  /** Drops the connection (the network is gone) and retries as after any close. */
  drop(): void {
    this.client.terminate();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.client.dispose();
  }

  private open(): Client {
    const { monitor } = this.options;
    let connectedAt: number | null = null;
    const client = createClient({
      url: this.options.url,
      connectionParams: this.options.connectionParams,
      webSocketImpl: this.options.webSocketImpl,
      lazy: false,
      // Every close ends this client; `closed` decides what comes next.
      retryAttempts: 0,
      on: {
        connected: () => {
          connectedAt = Date.now();
          monitor.connected();
        },
      },
      onNonLazyError: (closed) =>
        void this.closed(client, closed, connectedAt !== null && Date.now() - connectedAt >= STABLE_MS),
    });
    return client;
  }

  private async closed(client: Client, closed: unknown, wasStable: boolean): Promise<void> {
    void client.dispose();
    if (this.disposed) return;
    this.waiting = true;
    if (this.restarting) this.restarting = false;
    else {
      this.options.monitor.lost();
      this.failures = wasStable ? 0 : this.failures + 1;
      if (this.failures >= MAX_FAILED_ATTEMPTS) {
        this.options.monitor.failed();
        return;
      }
      const resumes = refusesToken(closed)
        ? await this.options.renew()
        : await (this.options.retryWait ?? backOff)(this.failures).then(() => true);
      if (!resumes) return;
    }
    if (this.disposed) return;
    this.waiting = false;
    this.client = this.open();
  }
}
