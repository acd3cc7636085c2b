import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { LifeSituation } from '../modules/life-situation/life-situation.entity';
import { PartnerReferral } from '../modules/partner-referral/partner-referral.entity';
import { ServiceOffering } from '../modules/service-offering/service-offering.entity';
import { routing } from '../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(routing);
  // The demo data is what these tests test: they make it themselves.
  await harness.seedDemo();
});
afterAll(() => harness.stop());

test('migrating and seeding again changes nothing', async () => {
  const query =
    '{ lifeSituations { id code name offerings { code position type kind mandatory deadline } } }';
  const before = await harness.request(anonymous, query);
  const em = harness.running.orm.em.fork();
  const counts = async () => [
    await em.count(LifeSituation),
    await em.count(ServiceOffering),
    await em.count(PartnerReferral),
  ];
  expect(await counts()).toEqual([1, 61, 1]);
  await harness.seedDemo();
  expect(await counts()).toEqual([1, 61, 1]);
  expect((await harness.request(anonymous, query)).data).toEqual(before.data);
});
