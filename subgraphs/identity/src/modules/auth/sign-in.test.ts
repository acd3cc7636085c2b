import { demoUserIds } from '@czn/demo';
import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { identity } from '../../subgraph';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const SIGN_IN = `mutation($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken expiresAt user { id fullName roles jobCenterId } }
}`;

test('a demo operator signs in and gets a token verifiable with the published JWKS', async () => {
  const { data, errors } = await harness.request(anonymous, SIGN_IN, {
    login: 'operator.barnaul',
    password: 'demo12345',
  });
  expect(errors).toBeUndefined();
  const { accessToken, user } = data!['signIn'];
  expect(user).toEqual({
    id: demoUserIds.operatorBarnaul,
    fullName: 'Смирнова Ольга Петровна',
    roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    jobCenterId: '0b6a3c1e-2f1d-4c57-9a0e-000000000001',
  });
  const jwks = (await (
    await fetch(`http://127.0.0.1:${harness.running.port}/.well-known/jwks.json`)
  ).json()) as JSONWebKeySet;
  const { payload, protectedHeader } = await jwtVerify(accessToken, createLocalJWKSet(jwks), {
    issuer: 'czn-identity',
    audience: 'czn-portal',
  });
  expect(protectedHeader.alg).toBe('EdDSA');
  expect(payload.sub).toBe(demoUserIds.operatorBarnaul);
  expect(payload.exp! - payload.iat!).toBe(900);
});

test('a wrong password or unknown login is UNAUTHENTICATED with the same message', async () => {
  const wrong = await harness.request(anonymous, SIGN_IN, { login: 'ivanov', password: 'nope' });
  const unknown = await harness.request(anonymous, SIGN_IN, { login: 'nobody', password: 'nope' });
  expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
});

test('an empty login is BAD_USER_INPUT naming the field', async () => {
  const { errors } = await harness.request(anonymous, SIGN_IN, { login: ' ', password: 'x' });
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'login' });
});

test('passwords are stored as argon2id hashes', async () => {
  const orm = harness.running.orm;
  const [row] = await orm.em
    .fork()
    .getConnection()
    .execute("select password_hash from identity.user_account where login = 'ivanov'");
  expect(row?.password_hash).toMatch(/^\$argon2id\$/);
});

test('a citizen sees their own profile but not another citizen through _entities', async () => {
  const ivanov = {
    kind: 'user' as const,
    userId: demoUserIds.ivanov,
    roles: ['CITIZEN' as const],
    jobCenterId: null,
    organizationId: null,
  };
  const me = await harness.request(ivanov, '{ me { fullName } }');
  expect(me.data!['me']).toEqual({ fullName: 'Иванов Иван Иванович' });
  const other = await harness.request(
    ivanov,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { fullName } } }',
    { r: [{ __typename: 'User', id: demoUserIds.petrova }] },
  );
  expect(other.data!['_entities']).toEqual([null]);
  expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

test('me without signing in is UNAUTHENTICATED', async () => {
  const { errors } = await harness.request(anonymous, '{ me { id } }');
  expect(errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('committed migrations match the entities', async () => {
  expect(await harness.schemaDrift()).toBe('');
});
