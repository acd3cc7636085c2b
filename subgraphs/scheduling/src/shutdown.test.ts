import { anonymous } from '@czn/kernel';
import { startSubgraphHarness } from '@czn/testing';
import { schedulingFixtures } from './fixtures';
import { scheduling } from './subgraph';

test('stopping lets a request in flight finish, then refuses new ones and closes the pool', async () => {
  const harness = await startSubgraphHarness(scheduling);
  const em = harness.running.orm.em.fork();
  for (const name of ['ЦЗН г. Бийска', 'ЦЗН г. Барнаула', 'ЦЗН г. Алейска'])
    await schedulingFixtures.jobCenter(em, name);
  harness.sql.reset();
  const inFlight = harness.request(anonymous, '{ jobCenters { name } }');
  while (!harness.sql.snapshot()['scheduling']) await new Promise((resolve) => setImmediate(resolve));
  // The request's SELECT has been sent: it is inside its resolver while the subgraph stops.
  await harness.stop();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(response.data?.['jobCenters']).toHaveLength(3);
  await expect(fetch(`http://127.0.0.1:${harness.running.port}/health`)).rejects.toThrow();
  expect(await harness.running.orm.isConnected()).toBe(false);
});
