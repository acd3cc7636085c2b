import { demoJobCenterIds, demoUserIds, demoVacancyIds } from '@czn/demo';
import { signedIn, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { citizenAlone } from '../test/citizen-alone';
import { demoAppeals } from './demo-appeals';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(citizenAlone);
  // The demo data is what these tests test: they make it themselves.
  await harness.seedDemo();
});
afterAll(() => harness.stop());

const ivanov = signedIn(demoUserIds.ivanov, ['CITIZEN']);
const petrova = signedIn(demoUserIds.petrova, ['CITIZEN']);
const operatorBarnaul = signedIn(
  demoUserIds.operatorBarnaul,
  ['REGISTRAR', 'CAREER_CONSULTANT'],
  demoJobCenterIds.barnaul,
);

const DESK = `{ jobCenterAppeals { id number status history { toStatus } application { title fields { label display } } } }`;
const MY_RESUMES = '{ myResumes { desiredPosition status rejectionReason history { toStatus } } }';
const RESUME_QUEUE = '{ jobCenterResumes(status: PENDING_REVIEW) { desiredPosition status } }';
const MY_FAVORITES = '{ myFavoriteVacancies { id addedAt vacancy { id isFavorite } } }';
const MY_CASES = '{ myPersonalCases { id status updatedAt history { id } } }';

const available = async (citizen: typeof ivanov) => {
  const { data } = await harness.request(citizen, '{ citizenServices { service available } }');
  return (data!['citizenServices'] as Array<{ service: string; available: boolean }>)
    .filter((row) => row.available)
    .map((row) => row.service);
};

test('seeding again changes nothing', async () => {
  const views = () =>
    Promise.all([
      harness.request(operatorBarnaul, DESK),
      harness.request(ivanov, MY_RESUMES),
      harness.request(operatorBarnaul, RESUME_QUEUE),
      harness.request(ivanov, MY_FAVORITES),
      harness.request(ivanov, MY_CASES),
    ]).then((answers) => answers.map((answer) => answer.data));
  const before = await views();
  await harness.seedDemo();
  expect(await views()).toEqual(before);
});

test('the desk of Барнаул shows the demo applications, every answer of their forms grouped', async () => {
  const { data, errors } = await harness.request(operatorBarnaul, DESK);
  expect(errors).toBeUndefined();
  const desk = data!['jobCenterAppeals'] as Array<{
    id: string;
    status: string;
    history: Array<{ toStatus: string }>;
    application: Array<{ title: string; fields: Array<{ label: string; display: string }> }>;
  }>;
  const expected = demoAppeals.filter((demo) => demo.jobCenterId === demoJobCenterIds.barnaul);
  expect(desk.map((appeal) => appeal.id).sort()).toEqual(expected.map((demo) => demo.id).sort());
  for (const demo of expected) {
    const appeal = desk.find((row) => row.id === demo.id)!;
    const answered = demo.fields.filter((field) => field.value || field.values?.length);
    expect(appeal.application.flatMap((group) => group.fields)).toHaveLength(answered.length);
    expect(appeal.history.map((change) => change.toStatus)).toEqual([
      'REGISTERED',
      ...demo.progress.map((step) => step.to),
    ]);
    expect(appeal.status).toBe(appeal.history.at(-1)!.toStatus);
  }
});

test('the demo citizen has an active resume and a refused one with its reason', async () => {
  const { data, errors } = await harness.request(ivanov, MY_RESUMES);
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

test('Barnaul’s queue has a resume waiting', async () => {
  const { data } = await harness.request(operatorBarnaul, RESUME_QUEUE);
  expect(data!['jobCenterResumes']).toEqual([{ desiredPosition: 'Бухгалтер', status: 'PENDING_REVIEW' }]);
});

test('the demo citizen keeps two vacancies in favourites, the published one added last', async () => {
  const { data } = await harness.request(ivanov, MY_FAVORITES);
  expect(data!['myFavoriteVacancies'].map((favorite: { vacancy: unknown }) => favorite.vacancy)).toEqual([
    { id: demoVacancyIds.cncOperator, isFavorite: true },
    { id: demoVacancyIds.forwardingDriver, isFavorite: true },
  ]);
});

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
