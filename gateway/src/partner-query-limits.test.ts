import { API_KEY_HEADER, QUERY_LIMITS } from '@czn/kernel';
import { graphqlRequest } from '@czn/testing';
import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

/** Issue 14: 300 aliases of the catalogue (38 KB) through a partner's key returned 14.6 MB. */
test("a partner's system calling routing with its key meets the gateway's limits and gets no SDL", async () => {
  const { partnerAgency, admin } = await given(stack).partnerAgency().staff('ADMIN', { as: 'admin' });
  const issued = await stack.request(
    admin.token,
    'mutation($agencyId: ID!) { createPartnerApiKey(agencyId: $agencyId, label: "Лимиты") { key } }',
    { agencyId: partnerAgency.id },
  );
  expect(issued.errors).toBeUndefined();
  const key: string = issued.data!['createPartnerApiKey'].key;
  const routing = (query: string) =>
    graphqlRequest(stack.subgraphs.routing.url, query, {}, { [API_KEY_HEADER]: key });
  const aliased = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `s${i}: lifeSituations { id name offerings { code name description } }`).join(' ')} }`;

  const flood = await routing(aliased(300));
  expect(flood.status).toBe(400);
  expect(flood.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  expect(flood.data).toBeUndefined();
  const overAliased = await routing(aliased(QUERY_LIMITS.maxAliases + 1));
  expect(overAliased.errors?.[0]?.message).toMatch(/псевдонимов до 15/);
  expect((await routing(aliased(QUERY_LIMITS.maxAliases))).errors).toBeUndefined();

  const misspelt = await routing('{ lifeSituationz { id } }');
  expect(misspelt.errors?.map(({ message }) => message).join(' ')).not.toMatch(/Did you mean/);
  const sdl = await routing('{ _service { sdl } }');
  expect(sdl.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  expect(sdl.data).toBeUndefined();
});
