import { randomUUID } from 'node:crypto';
import { anonymous, API_KEY_HEADER, QUERY_LIMITS } from '@czn/kernel';
import { graphqlRequest, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { routing } from './subgraph';

const KEY = `czn_limitstest_${'k'.repeat(43)}`;
let harness: SubgraphHarness;
beforeAll(async () => {
  const agencyId = randomUUID();
  harness = await startSubgraphHarness({
    ...routing,
    apiKeys: async (key) => (key === KEY ? { agencyId, prefix: 'limitstest' } : null),
  });
});
afterAll(() => harness.stop());

const asPartner = (query: string) =>
  graphqlRequest(harness.running.url, query, {}, { [API_KEY_HEADER]: KEY });
const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `s${i}: lifeSituations { id offerings { code name } }`).join(' ')} }`;
const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.['code'];

test("a partner's key is held to the gateway's limits: 300 aliases are refused, 15 answer", async () => {
  const flood = await asPartner(aliased(300));
  expect(flood.status).toBe(400);
  expect(code(flood)).toBe('BAD_USER_INPUT');
  expect(flood.data).toBeUndefined();

  const oneTooMany = await asPartner(aliased(QUERY_LIMITS.maxAliases + 1));
  expect(code(oneTooMany)).toBe('BAD_USER_INPUT');
  expect(oneTooMany.errors?.[0]?.message).toMatch(/псевдонимов до 15.*Aliases limit/);
  const allowed = await asPartner(aliased(QUERY_LIMITS.maxAliases));
  expect(allowed.errors).toBeUndefined();
  expect(Object.keys(allowed.data!)).toHaveLength(QUERY_LIMITS.maxAliases);
});

test('an operation of more tokens than the limit is refused', async () => {
  const long = await asPartner(`{ lifeSituations { ${'id '.repeat(QUERY_LIMITS.maxTokens)}} }`);
  expect(code(long)).toBe('BAD_USER_INPUT');
  expect(long.errors?.[0]?.message).toMatch(/лексем/);
  const url = new URL(harness.running.url);
  url.searchParams.set('query', `{ lifeSituations { ${'id '.repeat(QUERY_LIMITS.maxTokens)}} }`);
  const byGet = await fetch(url, { headers: { [API_KEY_HEADER]: KEY, 'apollo-require-preflight': 'true' } });
  expect(byGet.status).toBe(400);
  expect(JSON.stringify(await byGet.json())).toMatch(/лексем/);
});

test('a misspelt field is not answered with the real name', async () => {
  const misspelt = await asPartner('{ lifeSituationz { id } }');
  expect(misspelt.errors?.length).toBeGreaterThan(0);
  const messages = misspelt.errors!.map(({ message }) => message).join(' ');
  expect(messages).toMatch(/lifeSituationz/);
  expect(messages).not.toMatch(/Did you mean|"lifeSituations?"/);
});

test('_service answers the gateway only', async () => {
  const partner = await asPartner('{ _service { sdl } }');
  expect(partner.status).toBe(403);
  expect(code(partner)).toBe('FORBIDDEN');
  expect(partner.data).toBeUndefined();
  const viaFragment = await asPartner('{ ...F } fragment F on Query { _service { sdl } }');
  expect(code(viaFragment)).toBe('FORBIDDEN');

  const gateway = await harness.request(anonymous, '{ _service { sdl } }');
  expect(gateway.data!['_service'].sdl).toContain('lifeSituations');
});

test("the gateway's own query plans are not held to the limits: it limited the person's operation", async () => {
  const { data, errors } = await harness.request(anonymous, aliased(QUERY_LIMITS.maxAliases + 1));
  expect(errors).toBeUndefined();
  expect(Object.keys(data!)).toHaveLength(QUERY_LIMITS.maxAliases + 1);
});
