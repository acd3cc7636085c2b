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
const operator = signedIn(
  demoUserIds.operatorBarnaul,
  ['REGISTRAR', 'CAREER_CONSULTANT'],
  demoJobCenterIds.barnaul,
);
const MINE = '{ myResumes { desiredPosition status rejectionReason history { toStatus } } }';

test('the demo citizen has an active resume and a refused one with its reason', async () => {
  const { data, errors } = await harness.request(ivanov, MINE);
  expect(errors).toBeUndefined();
  expect(data!['myResumes']).toEqual([
    {
      desiredPosition: 'Водитель категории B',
      status: 'REJECTED',
      rejectionReason: expect.stringMatching(/уберите их/),
      history: [{ toStatus: 'PENDING_REVIEW' }, { toStatus: 'REJECTED' }],
    },
    {
      desiredPosition: 'Монтажник металлопластиковых конструкций',
      status: 'ACTIVE',
      rejectionReason: null,
      history: [{ toStatus: 'PENDING_REVIEW' }, { toStatus: 'ACTIVE' }],
    },
  ]);
});

test('Barnaul’s queue has a resume waiting; seeding again changes nothing', async () => {
  const queue = '{ jobCenterResumes(status: PENDING_REVIEW) { desiredPosition status } }';
  const before = await harness.request(operator, queue);
  expect(before.data!['jobCenterResumes']).toEqual([
    { desiredPosition: 'Бухгалтер', status: 'PENDING_REVIEW' },
  ]);
  await harness.seedDemo();
  expect((await harness.request(operator, queue)).data).toEqual(before.data);
  expect((await harness.request(ivanov, MINE)).data!['myResumes']).toHaveLength(2);
});
