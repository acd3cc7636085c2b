import { demoUserIds, demoVacancyIds } from '@czn/demo';
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
const favorites = async () =>
  (await harness.request(ivanov, '{ myFavoriteVacancies { id addedAt vacancy { id isFavorite } } }')).data![
    'myFavoriteVacancies'
  ];

test('the demo citizen keeps two vacancies in favourites, the published one added last', async () => {
  expect((await favorites()).map((favorite: { vacancy: unknown }) => favorite.vacancy)).toEqual([
    { id: demoVacancyIds.cncOperator, isFavorite: true },
    { id: demoVacancyIds.forwardingDriver, isFavorite: true },
  ]);
});

test('seeding again changes nothing', async () => {
  const before = await favorites();
  await harness.seedDemo();
  expect(await favorites()).toEqual(before);
});
