import { QUERY_LIMITS } from '@czn/kernel';
import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { NODE_ENV: 'production' } });
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(stack.gateway.url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('introspection is refused', async () => {
  const { errors } = await stack.request(null, '{ __schema { types { name } } }');
  expect(errors?.[0]?.message).toMatch(/introspection/i);
});

test('a misspelt field gets no suggestion of the real one', async () => {
  const { errors } = await stack.request(null, '{ jobCenter { nam } }');
  expect(errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(errors)).not.toMatch(/Did you mean/);
});

test('batched requests are refused', async () => {
  const response = await post([{ query: '{ jobCenters { id } }' }, { query: '{ jobCenters { id } }' }]);
  expect(response.status).toBe(400);
});

test('a request a browser could send cross-site without preflight is refused', async () => {
  const response = await post(JSON.stringify({ query: '{ jobCenters { id } }' }), {
    'content-type': 'text/plain',
  });
  expect(response.status).toBe(400);
  expect(await response.text()).toMatch(/CSRF/i);
});

test('over-deep queries are refused', async () => {
  const pairs = Math.ceil((QUERY_LIMITS.maxDepth + 1) / 2);
  const deep = `{ ${'myAppeals { history { '.repeat(pairs)}id${' }'.repeat(2 * pairs)} }`;
  const { errors } = await stack.request(null, deep);
  expect(JSON.stringify(errors)).toMatch(/depth/i);
});

test('over-aliased queries are refused', async () => {
  const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: jobCenters { id }`);
  const { errors } = await stack.request(null, `{ ${aliases.join(' ')} }`);
  expect(JSON.stringify(errors)).toMatch(/alias/i);
});

test('stack traces are not sent', async () => {
  const { errors } = await stack.request(null, '{ myAppeals { id } }');
  expect(errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  expect(errors?.[0]?.extensions?.['stacktrace']).toBeUndefined();
});

test('ordinary queries still work, a signed-in staff member’s too', async () => {
  // Citizens sign in only through ESIA here: the builder's password sign-in serves staff, not citizens.
  const { jobCenter, staff } = await given(stack).jobCenter().staff('REGISTRAR');
  const { data } = await stack.request(null, '{ jobCenters { id name } }');
  expect(data!['jobCenters']).toEqual([{ id: jobCenter.id, name: jobCenter.name }]);
  const desk = await stack.request(staff.token, '{ me { id } jobCenterAppeals { id } }');
  expect(desk.data).toEqual({ me: { id: staff.id }, jobCenterAppeals: [] });
});
