import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { scheduling } from '../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(scheduling);
  // The demo data is what these tests test: they make it themselves.
  await harness.seedDemo();
});
afterAll(() => harness.stop());

test('the demo data has the eight job centres of Altai Krai with coordinates', async () => {
  const { data, errors } = await harness.request(
    anonymous,
    '{ jobCenters { name city coordinates { latitude longitude } workingHours } }',
  );
  expect(errors).toBeUndefined();
  const cities = data!['jobCenters'].map((c: { city: string }) => c.city);
  expect(cities.toSorted()).toEqual(
    [
      'Барнаул',
      'Бийск',
      'Рубцовск',
      'Новоалтайск',
      'Заринск',
      'Камень-на-Оби',
      'Славгород',
      'Алейск',
    ].toSorted(),
  );
  const barnaul = data!['jobCenters'].find((c: { city: string }) => c.city === 'Барнаул');
  expect(barnaul.coordinates).toEqual({ latitude: 53.3479968, longitude: 83.7798064 });
});
