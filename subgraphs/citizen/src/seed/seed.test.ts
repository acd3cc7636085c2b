import { demoJobCenterIds, demoUserIds } from '@czn/demo';
import { signedIn, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../test/citizen-alone';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
  // The demo data is what these tests test: they make it themselves.
  await harness.seedDemo();
});
afterAll(() => harness.stop());

const ivanov = signedIn(demoUserIds.ivanov, ['CITIZEN']);
const petrova = signedIn(demoUserIds.petrova, ['CITIZEN']);
const available = async (citizen: typeof ivanov) => {
  const { data } = await harness.request(citizen, '{ citizenServices { service available } }');
  return (data!['citizenServices'] as Array<{ service: string; available: boolean }>)
    .filter((row) => row.available)
    .map((row) => row.service);
};

test('Иванов, unemployed at Barnaul with an account, may apply for vocational training; Петрова, a job seeker, for public works only', async () => {
  expect(await available(ivanov)).toEqual(
    expect.arrayContaining(['PUBLIC_WORKS', 'VOCATIONAL_TRAINING', 'SELF_EMPLOYMENT_SUPPORT']),
  );
  const hers = await available(petrova);
  expect(hers).toContain('PUBLIC_WORKS');
  expect(hers).not.toContain('VOCATIONAL_TRAINING');
});

test('Barnaul’s registrar sees Иванов’s case with its history, and Петрова’s at Biysk only as existing', async () => {
  const registrar = signedIn(demoUserIds.operatorBarnaul, ['REGISTRAR'], demoJobCenterIds.barnaul);
  const query = `query($id: ID!) { citizenPersonalCases(citizenId: $id) {
    here { status personalAccountNumber history { kind } } elsewhere { jobCenter { id } } } }`;
  const his = await harness.request(registrar, query, { id: demoUserIds.ivanov });
  expect(his.data!['citizenPersonalCases']).toEqual({
    here: [
      {
        status: 'UNEMPLOYED',
        personalAccountNumber: '40817810502000012345',
        history: [{ kind: 'OPENED' }, { kind: 'STATUS_CHANGED' }, { kind: 'ACCOUNT_SET' }],
      },
    ],
    elsewhere: [],
  });
  const hers = await harness.request(registrar, query, { id: demoUserIds.petrova });
  expect(hers.data!['citizenPersonalCases']).toEqual({
    here: [],
    elsewhere: [{ jobCenter: { id: demoJobCenterIds.biysk } }],
  });
});

test('seeding again changes nothing', async () => {
  const query = '{ myPersonalCases { id status updatedAt history { id } } }';
  const before = await harness.request(ivanov, query);
  await harness.seedDemo();
  expect((await harness.request(ivanov, query)).data).toEqual(before.data);
});
