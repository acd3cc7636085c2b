import { randomUUID } from 'node:crypto';
import { GATEWAY, internalClient, type InternalTarget } from '@czn/kernel';
import { signedIn, startSubgraphHarness, TEST_INTERNAL_SECRET, type SubgraphHarness } from '@czn/testing';
import { identity } from './subgraph';

let harness: SubgraphHarness;
let target: InternalTarget;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
  target = { name: 'identity', url: harness.running.url };
});
afterAll(() => harness.stop());

const routing = internalClient({ caller: 'routing', secret: TEST_INTERNAL_SECRET });
const staff = signedIn(randomUUID(), ['REGISTRAR'], randomUUID());
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

test('routing may check an API key and look up the people and agencies a staff member refers', async () => {
  const key = await routing.graphql(target, '{ partnerApiKeyAgency(key: "czn_nope_nope") }');
  expect(key).toMatchObject({ status: 200, data: { partnerApiKeyAgency: null } });
  expect(key.errors).toBeUndefined();

  const entities = await routing.graphql(
    target,
    ENTITIES,
    {
      r: [
        { __typename: 'User', id: randomUUID() },
        { __typename: 'PartnerAgency', id: randomUUID() },
      ],
    },
    { viewer: staff },
  );
  expect(entities).toMatchObject({ status: 200, data: { _entities: [null, null] } });
  expect(entities.errors).toBeUndefined();
});

test('routing is refused everything else, and the refusal names routing and the operation', async () => {
  const session = await routing.graphql(target, 'query($id: ID!) { sessionActive(id: $id) }', {
    id: randomUUID(),
  });
  expect(session.status).toBe(403);
  expect(session.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(session.errors?.[0]?.message).toContain('sessionActive по запросу сервиса routing');

  const organization = await routing.graphql(
    target,
    ENTITIES,
    { r: [{ __typename: 'Organization', id: randomUUID() }] },
    { viewer: staff },
  );
  expect(organization.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(organization.errors?.[0]?.message).toContain('_entities(Organization) по запросу сервиса routing');
  expect(organization.data).toBeUndefined();
});

test('a service identity does not accept is refused; so is a token meant for another subgraph', async () => {
  const citizen = internalClient({ caller: 'citizen', secret: TEST_INTERNAL_SECRET });
  const refused = await citizen.graphql(target, '{ partnerApiKeyAgency(key: "czn_nope_nope") }');
  expect(refused.status).toBe(403);
  expect(refused.errors?.[0]?.message).toContain('не принимает запросы от сервиса citizen');

  const gateway = internalClient({ caller: GATEWAY, secret: TEST_INTERNAL_SECRET });
  const misaddressed = await gateway.graphql({ ...target, name: 'routing' }, '{ __typename }');
  expect(misaddressed.status).toBe(401);
  expect(misaddressed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await gateway.graphql(target, '{ __typename }')).data).toEqual({ __typename: 'Query' });
});
