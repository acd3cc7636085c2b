import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { schedulingFixtures } from '../../fixtures';
import { scheduling } from '../../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(scheduling);
});
afterAll(() => harness.stop());

const jobCenter = (name?: string) => schedulingFixtures.jobCenter(harness.running.orm.em.fork(), name);

test('lists job centres by name with their coordinates', async () => {
  const zarinsk = await jobCenter('КГКУ ЦЗН г. Заринска');
  const aleisk = await jobCenter('КГКУ ЦЗН г. Алейска');
  const { data, errors } = await harness.request(
    anonymous,
    '{ jobCenters { id name city coordinates { latitude longitude } workingHours } }',
  );
  expect(errors).toBeUndefined();
  const listed = data!['jobCenters'].filter((c: { id: string }) => [zarinsk.id, aleisk.id].includes(c.id));
  expect(listed).toEqual(
    [aleisk, zarinsk].map(({ id, name, city, latitude, longitude, workingHours }) => ({
      id,
      name,
      city,
      coordinates: { latitude, longitude },
      workingHours,
    })),
  );
});

test('an unknown job centre is NOT_FOUND', async () => {
  const { errors } = await harness.request(
    anonymous,
    '{ jobCenter(id: "00000000-0000-0000-0000-000000000000") { id } }',
  );
  expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
});

test('resolves job centre references for the gateway', async () => {
  const { id } = await jobCenter('Центр занятости населения г. Бийск');
  const { data } = await harness.request(
    anonymous,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on JobCenter { name } } }',
    { r: [{ __typename: 'JobCenter', id }] },
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
