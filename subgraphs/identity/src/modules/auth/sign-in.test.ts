import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { FIXTURE_PASSWORD } from '../../fixtures';
import { identity } from '../../subgraph';
import { newAccount } from '../../test/accounts';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const SIGN_IN = `mutation($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken expiresAt user { id fullName roles jobCenterId } }
}`;

const citizen = (fullName?: string) => newAccount(harness, { roles: ['CITIZEN'], fullName });

test('an operator signs in and gets a token verifiable with the published JWKS', async () => {
  const jobCenterId = randomUUID();
  const operator = await newAccount(harness, {
    roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    jobCenterId,
    fullName: 'Смирнова Ольга Петровна',
  });
  const { data, errors } = await harness.request(anonymous, SIGN_IN, {
    login: operator.login,
    password: FIXTURE_PASSWORD,
  });
  expect(errors).toBeUndefined();
  const { accessToken, user } = data!['signIn'];
  expect(user).toEqual({
    id: operator.id,
    fullName: 'Смирнова Ольга Петровна',
    roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    jobCenterId,
  });
  const jwks = (await (
    await fetch(`http://127.0.0.1:${harness.running.port}/.well-known/jwks.json`)
  ).json()) as JSONWebKeySet;
  const { payload, protectedHeader } = await jwtVerify(accessToken, createLocalJWKSet(jwks), {
    issuer: 'czn-identity',
    audience: 'czn-portal',
  });
  expect(protectedHeader.alg).toBe('EdDSA');
  expect(payload.sub).toBe(operator.id);
  expect(payload.exp! - payload.iat!).toBe(900);
});

test('a wrong password or unknown login is UNAUTHENTICATED with the same message', async () => {
  const { login } = await citizen();
  const wrong = await harness.request(anonymous, SIGN_IN, { login, password: 'nope' });
  const unknown = await harness.request(anonymous, SIGN_IN, { login: 'nobody', password: 'nope' });
  expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
});

test('an empty login is BAD_USER_INPUT naming the field', async () => {
  const { errors } = await harness.request(anonymous, SIGN_IN, { login: ' ', password: 'x' });
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'login' });
});

test('passwords are stored as argon2id hashes', async () => {
  const { id } = await citizen();
  const [row] = await harness.running.orm.em
    .fork()
    .getConnection()
    .execute('select password_hash from identity.user_account where id = ?', [id]);
  expect(row?.password_hash).toMatch(/^\$argon2id\$/);
});

test('a citizen sees their own profile but not another citizen through _entities', async () => {
  const ivanov = await citizen('Иванов Иван Иванович');
  const petrova = await citizen('Петрова Анна Сергеевна');
  const me = await harness.request(ivanov.viewer, '{ me { fullName } }');
  expect(me.data!['me']).toEqual({ fullName: 'Иванов Иван Иванович' });
  const other = await harness.request(
    ivanov.viewer,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { fullName } } }',
    { r: [{ __typename: 'User', id: petrova.id }] },
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
