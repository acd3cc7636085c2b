import type { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import { ConnectionMonitor } from './connection';
import { LiveSocket, MAX_FAILED_ATTEMPTS } from './socket';

const schema = buildSchema('type Query { ok: Boolean } type Subscription { greeting: String }');

type Params = Record<string, unknown> | undefined;
type Extra = { socket: WebSocket };

/** What the server does with its n-th connection (from 1) and the token it was given. */
type Behaviour = (connection: number, authorization: unknown) => 'accept' | 'closeAfterFirstMessage' | number;

const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of running.splice(0)) await stop();
});

/** A graphql-ws server whose `greeting` subscription sends one message naming the connection. */
async function startServer(behave: Behaviour) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const state = { connections: 0 };
  const connections = new WeakMap<Extra, { number: number; behaviour: ReturnType<Behaviour> }>();
  const cleanup = useServer(
    {
      schema,
      context: (ctx) => ctx,
      onConnect: (ctx: Context<Params, Extra>) => {
        const behaviour = behave(++state.connections, ctx.connectionParams?.['authorization']);
        if (typeof behaviour === 'number') {
          ctx.extra.socket.close(behaviour, 'refused by the test');
          return false;
        }
        connections.set(ctx.extra, { number: state.connections, behaviour });
        return true;
      },
      roots: {
        subscription: {
          greeting: async function* (_args: unknown, ctx: Context<Params, Extra>) {
            const connection = connections.get(ctx.extra)!;
            yield { greeting: `connection ${connection.number}` };
            if (connection.behaviour === 'closeAfterFirstMessage')
              ctx.extra.socket.close(1011, 'Internal Error');
            await new Promise(() => undefined);
          },
        },
      },
    },
    server,
  );
  running.push(async () => {
    await cleanup.dispose();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, state };
}

/** A page's socket that subscribes to `greeting` on every new connection, as the live pages do. */
function connect(url: string, options: { token?: () => string; renew?: () => Promise<boolean> } = {}) {
  const monitor = new ConnectionMonitor();
  const socket = new LiveSocket({
    url,
    connectionParams: () => ({ authorization: options.token?.() ?? 'Bearer token' }),
    renew: options.renew ?? (async () => true),
    monitor,
    retryWait: async () => undefined,
    webSocketImpl: WebSocket,
  });
  running.push(() => socket.dispose());
  const received: string[] = [];
  let followed = 0;
  monitor.subscribe(() => {
    const { state, generation } = monitor.current();
    if (state !== 'live' || generation === followed) return;
    followed = generation;
    socket.subscribe<{ greeting: string }>(
      { query: 'subscription { greeting }' },
      {
        next: ({ data }) => received.push(data!.greeting),
        error: () => undefined,
        complete: () => undefined,
      },
    );
  });
  return { monitor, received };
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; !condition(); attempt++) {
    if (attempt === 500) throw new Error('the condition did not come true');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('after the gateway closes the socket with 1011, the page reconnects and receives events again', async () => {
  const { url, state } = await startServer((connection) =>
    connection === 1 ? 'closeAfterFirstMessage' : 'accept',
  );
  const { monitor, received } = connect(url);

  await until(() => received.length === 2);
  expect(received).toEqual(['connection 1', 'connection 2']);
  expect(monitor.current()).toEqual({ state: 'live', generation: 2 });
  expect(state.connections).toBe(2);
});

test.each([CloseCode.InternalServerError, CloseCode.BadRequest, 1011])(
  'a refused connection (%i) is retried',
  async (code) => {
    const { url, state } = await startServer((connection) => (connection === 1 ? code : 'accept'));
    const { monitor, received } = connect(url);

    await until(() => received.length === 1);
    expect(received).toEqual(['connection 2']);
    expect(monitor.current()).toEqual({ state: 'live', generation: 1 });
    expect(state.connections).toBe(2);
  },
);

test('a refused token is renewed before the socket connects again with the new one', async () => {
  let token = 'Bearer old';
  const renew = jest.fn(async () => {
    token = 'Bearer new';
    return true;
  });
  const tokens: unknown[] = [];
  const { url } = await startServer((_, authorization) => {
    tokens.push(authorization);
    return authorization === 'Bearer new' ? 'accept' : CloseCode.Unauthorized;
  });
  const { received } = connect(url, { token: () => token, renew });

  await until(() => received.length === 1);
  expect(renew).toHaveBeenCalledTimes(1);
  expect(tokens).toEqual(['Bearer old', 'Bearer new']);
});

test('after attempts in a row that never get through, the socket stops and asks for a reload', async () => {
  const { url, state } = await startServer(() => 1011);
  const { monitor } = connect(url);

  await until(() => monitor.current().state === 'failed');
  expect(state.connections).toBe(MAX_FAILED_ATTEMPTS);
  // It does stop: nothing else connects.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(state.connections).toBe(MAX_FAILED_ATTEMPTS);
});

test('a gateway that accepts and closes at once counts as failing: the socket stops and asks for a reload', async () => {
  const { url, state } = await startServer(() => 'closeAfterFirstMessage');
  const { monitor, received } = connect(url);

  await until(() => monitor.current().state === 'failed');
  expect(state.connections).toBe(MAX_FAILED_ATTEMPTS);
  expect(received).toHaveLength(MAX_FAILED_ATTEMPTS);
});
