import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { routingFixtures } from '../../fixtures';
import { routing } from '../../subgraph';
import { ServiceOffering } from '../service-offering/service-offering.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(routing);
});
afterAll(() => harness.stop());

type Offering = {
  code: string;
  position: number;
  type: string;
  kind: string;
  mandatory: string;
  deadline: null;
};

async function alimonySituation(): Promise<{ id: string; name: string; offerings: Offering[] }> {
  const { data, errors } = await harness.request(
    anonymous,
    '{ lifeSituations { id code name offerings { code position type kind mandatory deadline } } }',
  );
  expect(errors).toBeUndefined();
  return data!['lifeSituations'].find((s: { code: string }) => s.code === 'ALIMONY_OBLIGATIONS');
}

const lifeSituation = (offerings: number) =>
  routingFixtures.lifeSituation(harness.running.orm.em.fork(), { offerings });

test('the migrations load the alimony-obligations situation with its 61 offerings in document order', async () => {
  const situation = await alimonySituation();
  expect(situation.name).toBe('Граждане, имеющие алиментные обязательства');
  const { offerings } = situation;
  expect(offerings).toHaveLength(61);
  expect(offerings.map((o) => o.code)).toEqual(
    Array.from({ length: 61 }, (_, i) => `ALIMONY-${String(i + 1).padStart(2, '0')}`),
  );
  expect(offerings.map((o) => o.position)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
  const count = (mark: string) => offerings.filter((o) => o.mandatory === mark).length;
  expect([count('REQUIRED'), count('DEPENDS'), count('NOT_REQUIRED')]).toEqual([15, 11, 35]);
  expect(offerings[0]).toMatchObject({
    type: 'SUPPORT_SERVICE',
    kind: 'INFORMATION_CONSULTING',
    deadline: null,
  });
  expect(offerings[2]).toMatchObject({ type: 'SERVICE', kind: 'STATE_SERVICE', mandatory: 'REQUIRED' });
});

test('shows one life situation by id', async () => {
  const { id } = await alimonySituation();
  const { data, errors } = await harness.request(
    anonymous,
    'query($id: ID!) { lifeSituation(id: $id) { code offerings { name provider } } }',
    { id },
  );
  expect(errors).toBeUndefined();
  expect(data!['lifeSituation'].code).toBe('ALIMONY_OBLIGATIONS');
  expect(data!['lifeSituation'].offerings[58]).toEqual({
    name: 'Услуги медиатора',
    provider: 'НПС «Сибирский центр медиации и права»',
  });
});

test('an unknown life situation id is NOT_FOUND, a malformed one BAD_USER_INPUT', async () => {
  const lifeSituation = (id: string) =>
    harness.request(anonymous, 'query($id: ID!) { lifeSituation(id: $id) { id } }', { id });
  const unknown = await lifeSituation('00000000-0000-0000-0000-000000000000');
  expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  const malformed = await lifeSituation('алименты');
  expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
});

test('resolves life situation and service offering references for the gateway', async () => {
  const situation = await lifeSituation(2);
  const em = harness.running.orm.em.fork();
  const offering = await em.findOneOrFail(ServiceOffering, { lifeSituation: situation.id, code: 'T-2' });
  const { data, errors } = await harness.request(
    anonymous,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on LifeSituation { code } ... on ServiceOffering { name position } } }',
    {
      r: [
        { __typename: 'LifeSituation', id: situation.id },
        { __typename: 'ServiceOffering', id: offering.id },
        { __typename: 'LifeSituation', id: randomUUID() },
        { __typename: 'ServiceOffering', id: 'не-uuid' },
      ],
    },
  );
  expect(errors).toBeUndefined();
  expect(data!['_entities']).toEqual([
    { code: situation.code },
    { name: 'Услуга 2', position: 2 },
    null,
    null,
  ]);
});

test('loads the offerings of every listed situation in one batched query', async () => {
  const made = [await lifeSituation(2), await lifeSituation(3), await lifeSituation(1)];
  harness.sql.reset();
  const response = await harness.request(anonymous, '{ lifeSituations { code offerings { code } } }');
  expect(response.errors).toBeUndefined();
  expect(harness.sql.snapshot()).toEqual({ routing: 2 });
  const listed = new Map(
    response.data!['lifeSituations'].map((s: { code: string; offerings: unknown[] }) => [
      s.code,
      s.offerings.length,
    ]),
  );
  expect(made.map(({ code }) => listed.get(code))).toEqual([2, 3, 1]);
});

test('publishes a federation 2 SDL with the LifeSituation and ServiceOffering keys', async () => {
  const { data } = await harness.request(anonymous, '{ _service { sdl } }');
  const sdl: string = data!['_service'].sdl;
  expect(sdl).toMatch(/type LifeSituation[^{]*@key\(fields: "id"\)/);
  expect(sdl).toMatch(/type ServiceOffering[^{]*@key\(fields: "id"\)/);
  expect(sdl).toContain('SUPPORT_SERVICE');
});

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});
