import net, { type AddressInfo } from 'node:net';
import { startSubgraph } from '@czn/kernel';
import type { SubgraphName } from '@czn/platform';
import { graphqlRequest, testSubgraphConfig } from '@czn/testing';
import {
  given,
  subgraphDefinitions,
  type AppealHandle,
  type PersonHandle,
  type RunningGateway,
} from '@czn/tools';
import type { SubgraphHealth } from './subgraph-health';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
let citizen: PersonHandle;
let operator: PersonHandle;
let appeal: AppealHandle;

beforeAll(async () => {
  stack = await startStack({
    env: {
      SUBGRAPH_TIMEOUT_MS: '500',
      SUBGRAPH_BREAKER_FAILURES: '2',
      // Long enough that an open breaker stays open for the rest of the file.
      SUBGRAPH_BREAKER_COOLDOWN_MS: '600000',
    },
  });
  ({ citizen, operator, appeal } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR', { as: 'operator' })
    .citizen({ fullName: 'Иванов Иван Иванович' })
    .appeal());
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const MY_APPEALS = '{ myAppeals { id number status jobCenter { name } } }';
const DESK = '{ jobCenterAppeals { id applicant { fullName } jobCenter { name } } }';

const ask = (gateway: RunningGateway, { token }: PersonHandle, query: string) =>
  graphqlRequest(gateway.url, query, {}, { authorization: `Bearer ${token}` });

const health = async (gateway: RunningGateway) => {
  const response = await fetch(`http://127.0.0.1:${gateway.port}/health`);
  return {
    status: response.status,
    body: (await response.json()) as { subgraphs: Record<SubgraphName, SubgraphHealth> },
  };
};

const schedulingMissing = {
  message: 'Сведения о центре занятости временно недоступны. Повторите запрос через минуту.',
  extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'scheduling' }),
};

/** A process that accepts connections and never answers, as a stopped (SIGSTOP) or stuck one does. */
async function hungServer() {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    connections: () => connections,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('with the scheduling subgraph stopped', () => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    const scheduling = await startSubgraph(
      subgraphDefinitions.scheduling,
      testSubgraphConfig(stack.databaseUrl),
      {
        host: '127.0.0.1',
      },
    );
    await scheduling.stop();
    gateway = await stack.startAnotherGateway({ SCHEDULING_URL: scheduling.url });
  }, STACK_START_TIMEOUT_MS);

  test('«Мои обращения» and the desk answer with their rows, only the job centre empty, and say what is missing', async () => {
    const mine = await ask(gateway, citizen, MY_APPEALS);
    expect(mine.data!['myAppeals']).toEqual([
      { id: appeal.id, number: appeal.number, status: 'REGISTERED', jobCenter: null },
    ]);
    expect(mine.errors).toEqual([schedulingMissing]);

    const desk = await ask(gateway, operator, DESK);
    expect(desk.data!['jobCenterAppeals']).toEqual([
      { id: appeal.id, applicant: { fullName: 'Иванов Иван Иванович' }, jobCenter: null },
    ]);
    expect(desk.errors).toEqual([schedulingMissing]);
  });

  test('the gateway stays ready, and its health names the subgraph that is down', async () => {
    const ready = await fetch(`http://127.0.0.1:${gateway.port}/ready`);
    expect(ready.status).toBe(200);

    const { status, body } = await health(gateway);
    expect(status).toBe(200);
    expect(body.subgraphs.scheduling.state).toMatch(/^(down|open)$/);
    for (const name of ['identity', 'citizen', 'employer', 'routing'] as const) {
      expect(body.subgraphs[name]).toMatchObject({ state: 'up', breaker: 'closed' });
    }
  });
});

describe('with the scheduling subgraph hung', () => {
  let hung: Awaited<ReturnType<typeof hungServer>>;
  let gateway: RunningGateway;

  beforeAll(async () => {
    hung = await hungServer();
    gateway = await stack.startAnotherGateway({ SCHEDULING_URL: hung.url });
  }, STACK_START_TIMEOUT_MS);
  afterAll(() => hung.close());

  test('«Мои обращения» answers once the timeout passes, with the rest of the data', async () => {
    const mine = await ask(gateway, citizen, MY_APPEALS);
    expect(mine.data!['myAppeals']).toEqual([expect.objectContaining({ id: appeal.id, jobCenter: null })]);
    expect(mine.errors).toEqual([schedulingMissing]);
  });

  test('while the breaker is open, calls to scheduling fail at once without reaching it', async () => {
    // Two failures in a row open the breaker, whichever of them this file's other requests already made.
    await ask(gateway, citizen, MY_APPEALS);
    await ask(gateway, citizen, MY_APPEALS);
    const before = (await health(gateway)).body.subgraphs.scheduling;
    expect(before).toMatchObject({ state: 'open', breaker: 'open' });
    const connections = hung.connections();

    const mine = await ask(gateway, citizen, MY_APPEALS);
    expect(mine.data!['myAppeals']).toEqual([expect.objectContaining({ id: appeal.id, jobCenter: null })]);
    expect(mine.errors).toEqual([schedulingMissing]);
    const after = (await health(gateway)).body.subgraphs.scheduling;
    expect(after).toMatchObject({ calls: before.calls, rejected: before.rejected + 1 });
    expect(hung.connections()).toBe(connections);
  });
});
