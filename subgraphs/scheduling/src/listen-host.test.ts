import { migrateSubgraph, startSubgraph } from '@czn/kernel';
import { createTestDatabase, testSubgraphConfig } from '@czn/testing';
import { scheduling } from './subgraph';

/** Issue 14: in development identity's `/dev/mailbox.json` answered on every interface. */
test('outside production a subgraph listens on loopback only; in production on every interface', async () => {
  const database = await createTestDatabase();
  try {
    await migrateSubgraph(scheduling, database.url);
    const config = testSubgraphConfig(database.url);
    for (const [NODE_ENV, addresses] of [
      ['development', ['127.0.0.1']],
      // Every interface: IPv6's and IPv4's, or IPv4's on a machine without IPv6.
      ['production', ['::', '0.0.0.0']],
    ] as const) {
      const running = await startSubgraph(scheduling, { ...config, NODE_ENV });
      try {
        expect(addresses).toContain(running.address);
        expect((await fetch(`http://127.0.0.1:${running.port}/health`)).status).toBe(200);
      } finally {
        await running.stop();
      }
    }
  } finally {
    await database.stop();
  }
});
