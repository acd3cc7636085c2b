import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { scheduling } from '../../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(scheduling);
});
afterAll(() => harness.stop());

test('lists the eight seeded job centres of Altai Krai with coordinates', async () => {
  const { data, errors } = await harness.request(
    anonymous,
    '{ jobCenters { name city coordinates { latitude longitude } workingHours } }',
  );
  expect(errors).toBeUndefined();
  const cities = data!['jobCenters'].map((c: { city: string }) => c.city);
  expect(cities).toEqual(
    expect.arrayContaining([
      'Барнаул',
      'Бийск',
      'Рубцовск',
      'Новоалтайск',
      'Заринск',
      'Камень-на-Оби',
      'Славгород',
      'Алейск',
    ]),
  );
  const barnaul = data!['jobCenters'].find((c: { city: string }) => c.city === 'Барнаул');
  expect(barnaul.coordinates).toEqual({ latitude: 53.3479968, longitude: 83.7798064 });
});

test('an unknown job centre is NOT_FOUND', async () => {
  const { errors } = await harness.request(
    anonymous,
    '{ jobCenter(id: "00000000-0000-0000-0000-000000000000") { id } }',
  );
  expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('resolves job centre references for the gateway', async () => {
  const { data } = await harness.request(
    anonymous,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on JobCenter { name } } }',
    { r: [{ __typename: 'JobCenter', id: '0b6a3c1e-2f1d-4c57-9a0e-000000000002' }] },
  );
  expect(data!['_entities']).toEqual([{ name: 'Центр занятости населения г. Бийск' }]);
});

test('publishes a federation 2 SDL with the JobCenter key', async () => {
  const { data } = await harness.request(anonymous, '{ _service { sdl } }');
  expect(data!['_service'].sdl).toContain('type JobCenter');
  expect(data!['_service'].sdl).toMatch(/JobCenter[^{]*@key\(fields: "id"\)/);
});

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});
