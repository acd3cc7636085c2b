import { createIdentitySubgraph, FIXTURE_PASSWORD, identityFixtures } from '@czn/identity';
import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    definitions: { identity: createIdentitySubgraph({ accessTokenTtlSeconds: 900, production: true }) },
  });
}, STACK_START_TIMEOUT_MS);

afterAll(() => stack.stop());

const SIGN_IN = `mutation($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken }
}`;

test('in production a citizen’s right password gets a wrong password’s answer; portal accounts sign in', async () => {
  const citizen = await identityFixtures.account(stack.subgraphs.identity.orm.em.fork(), {
    roles: ['CITIZEN'],
  });
  const right = await stack.request(null, SIGN_IN, { login: citizen.login, password: FIXTURE_PASSWORD });
  const wrong = await stack.request(null, SIGN_IN, { login: citizen.login, password: 'not-the-password' });
  expect(right).toEqual(wrong);
  expect(right.errors?.[0]?.message).toBe(
    'Неверный логин или пароль. Проверьте раскладку и Caps Lock. Граждане входят на портал через Госуслуги (ЕСИА): нажмите «Войти через Госуслуги».',
  );

  const { staff } = await given(stack).staff('REGISTRAR');
  expect(staff.token).toBeTruthy();
});
