import { demoEsiaOids, demoOrganizationIds, demoUserIds } from '@czn/demo';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identity } from '../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
  // The demo data is what these tests test: they make it themselves.
  await harness.seedDemo();
});
afterAll(() => harness.stop());

const connection = () => harness.running.orm.em.fork().getConnection();

test('seeding again gives demo accounts seeded before contacts existed their contacts and organisation', async () => {
  await connection().execute(
    `update identity.user_account set phone = null, email = null, organization_id = null where id in (?, ?)`,
    [demoUserIds.petrova, demoUserIds.employer],
  );
  await harness.seedDemo();
  const rows = await connection().execute(
    `select id, phone, email, organization_id from identity.user_account where id in (?, ?) order by id`,
    [demoUserIds.petrova, demoUserIds.employer],
  );
  expect(rows).toEqual([
    {
      id: demoUserIds.petrova,
      phone: '+79609876543',
      email: 'petrova@example.ru',
      organization_id: null,
    },
    {
      id: demoUserIds.employer,
      phone: '+73852555010',
      email: 'sokolov@teplye-okna.example.ru',
      organization_id: demoOrganizationIds.altaiWarmWindows,
    },
  ]);
});

test('the demo citizens are linked to the ESIA stub’s persons, so signing in through the stub lands in their cabinets', async () => {
  const rows = await connection().execute(
    `select id, esia_oid, snils, trusted from identity.user_account where esia_oid is not null order by esia_oid`,
  );
  expect(rows).toEqual([
    { id: demoUserIds.ivanov, esia_oid: demoEsiaOids.ivanov, snils: '112-233-445 95', trusted: true },
    { id: demoUserIds.petrova, esia_oid: demoEsiaOids.petrova, snils: '123-456-789 64', trusted: true },
  ]);
});
