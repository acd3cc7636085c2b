import { randomUUID } from 'node:crypto';
import { anonymous, type Role } from '@czn/kernel';
import { startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { decodeJwt } from 'jose';
import { FIXTURE_PASSWORD } from '../../fixtures';
import { identity } from '../../subgraph';
import { AccessTokens } from '../auth/access-tokens';
import { Sessions } from './sessions';
import { newAccount, type TestAccount } from '../../test/accounts';
import { gatewayCall, SIGN_IN, viewerOf } from '../../test/gateway-call';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const call = (...args: Parameters<typeof gatewayCall> extends [string, ...infer R] ? R : never) =>
  gatewayCall(harness.running.url, ...args);

const REFRESH = `mutation($token: String!, $userId: ID) {
  refreshSession(refreshToken: $token, userId: $userId) { accessToken expiresAt user { id } }
}`;
const MY_SESSIONS = '{ mySessions { id current createdAt lastUsedAt expiresAt ipAddress } }';

/** A person of this test alone; staff unless said otherwise. */
const person = (roles: Role[] = ['REGISTRAR', 'CAREER_CONSULTANT']) =>
  newAccount(harness, { roles, jobCenterId: roles.includes('CITIZEN') ? null : randomUUID() });

async function signIn(account?: TestAccount) {
  const { login } = account ?? (await person());
  const result = await call(anonymous, SIGN_IN, { login, password: FIXTURE_PASSWORD });
  expect(result.errors).toBeUndefined();
  expect(result.refreshToken).toBeTruthy();
  return { accessToken: result.data!['signIn'].accessToken as string, refreshToken: result.refreshToken! };
}
const refresh = (token: string, userId?: string) => call(anonymous, REFRESH, { token, userId });

test('sign-in starts a session: the access token names it and the refresh token goes to the gateway in a header', async () => {
  const { accessToken } = await signIn();
  const sid = decodeJwt(accessToken)['sid'];
  expect(typeof sid).toBe('string');
  const { data } = await call(viewerOf(accessToken), MY_SESSIONS);
  expect(data!['mySessions']).toContainEqual(
    expect.objectContaining({ id: sid, current: true, ipAddress: '203.0.113.7' }),
  );
});

test('a refresh rotates the token: a new refresh token each time, and the old one no longer works', async () => {
  const first = await signIn();
  const second = await refresh(first.refreshToken);
  expect(second.errors).toBeUndefined();
  expect(second.refreshToken).toBeTruthy();
  expect(second.refreshToken).not.toBe(first.refreshToken);
  const sameSession = decodeJwt(second.data!['refreshSession'].accessToken)['sid'];
  expect(sameSession).toBe(decodeJwt(first.accessToken)['sid']);

  const third = await refresh(second.refreshToken!);
  expect(third.errors).toBeUndefined();
  expect(third.refreshToken).not.toBe(second.refreshToken);
});

test('presenting a rotated refresh token again revokes the whole family: the newest token stops working too', async () => {
  const first = await signIn();
  const second = await refresh(first.refreshToken);
  expect(second.errors).toBeUndefined();

  const replay = await refresh(first.refreshToken);
  expect(replay.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  expect(replay.errors?.[0]?.message).toBe('Сеанс завершён или истёк. Войдите снова.');
  expect(replay.refreshToken).toBeNull();

  const newest = await refresh(second.refreshToken!);
  expect(newest.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  const [row] = await harness.running.orm.em
    .fork()
    .getConnection()
    .execute('select revoked_reason from identity.session where id = ?', [
      decodeJwt(first.accessToken)['sid'],
    ]);
  expect(row?.revoked_reason).toBe('REUSE_DETECTED');
});

test('a refresh token of another person is refused without spending it', async () => {
  const operator = await person();
  const own = await signIn(operator);
  const refused = await refresh(own.refreshToken, (await person(['CITIZEN'])).id);
  expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  const accepted = await refresh(own.refreshToken, operator.id);
  expect(accepted.errors).toBeUndefined();
});

test('sign out everywhere revokes every refresh token of the person; access tokens run out by their TTL', async () => {
  const petrova = await person(['CITIZEN']);
  const laptop = await signIn(petrova);
  const phone = await signIn(petrova);
  const ended = await call(viewerOf(laptop.accessToken), 'mutation { signOutEverywhere }');
  expect(ended.data!['signOutEverywhere']).toBe(2);

  for (const token of [laptop.refreshToken, phone.refreshToken]) {
    expect((await refresh(token)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  }
  const { data } = await call(viewerOf(laptop.accessToken), MY_SESSIONS);
  expect(data!['mySessions']).toEqual([]);
});

test('one session is ended from the list; another person cannot end it', async () => {
  const employer = await person(['EMPLOYER']);
  const kept = await signIn(employer);
  const other = await signIn(employer);
  const otherId = decodeJwt(other.accessToken)['sid'] as string;

  const stranger = await signIn();
  const refused = await call(
    viewerOf(stranger.accessToken),
    'mutation($id: ID!) { signOutSession(id: $id) }',
    {
      id: otherId,
    },
  );
  expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

  const ended = await call(viewerOf(kept.accessToken), 'mutation($id: ID!) { signOutSession(id: $id) }', {
    id: otherId,
  });
  expect(ended.data!['signOutSession']).toBe(true);
  expect((await refresh(other.refreshToken)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  expect((await refresh(kept.refreshToken)).errors).toBeUndefined();
});

test('sign-out with the refresh token ends its session', async () => {
  const session = await signIn();
  const ended = await call(anonymous, 'mutation($t: String!) { endSession(refreshToken: $t) }', {
    t: session.refreshToken,
  });
  expect(ended.data!['endSession']).toBe(true);
  expect((await refresh(session.refreshToken)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('mySessions needs a signed-in person', async () => {
  const { errors } = await call(anonymous, MY_SESSIONS);
  expect(errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('sessions ended more than 30 days ago are forgotten with their tokens', async () => {
  const operator = await person();
  const old = await signIn(operator);
  const sid = decodeJwt(old.accessToken)['sid'] as string;
  const em = harness.running.orm.em.fork();
  await em
    .getConnection()
    .execute("update identity.session set revoked_at = now() - interval '31 days' where id = ?", [sid]);
  const kept = await signIn(operator);
  const sessions = new Sessions(new AccessTokens(900));
  expect(await sessions.forgetOld(em)).toBeGreaterThanOrEqual(1);
  const left: Array<{ id: string }> = await em
    .getConnection()
    .execute('select id from identity.session where id in (?, ?)', [sid, decodeJwt(kept.accessToken)['sid']]);
  expect(left.map((row) => row.id)).toEqual([decodeJwt(kept.accessToken)['sid']]);
  expect((await refresh(old.refreshToken)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
});

test('a session lasts at most 7 days after its sign-in, however often it is refreshed', async () => {
  const first = await signIn();
  const sid = decodeJwt(first.accessToken)['sid'] as string;
  const signedIn = (ago: string) =>
    harness.running.orm.em
      .fork()
      .getConnection()
      .execute(`update identity.session set created_at = now() - interval '${ago}' where id = ?`, [sid]);

  await signedIn('6 days 23 hours');
  const late = await refresh(first.refreshToken);
  expect(late.errors).toBeUndefined();
  const { data } = await call(viewerOf(late.data!['refreshSession'].accessToken), MY_SESSIONS);
  const [session] = data!['mySessions'].filter((s: { id: string }) => s.id === sid);
  const end = new Date(session.createdAt).getTime() + 7 * 24 * 3600 * 1000;
  expect(new Date(session.expiresAt).getTime()).toBe(end);

  await signedIn('7 days');
  const over = await refresh(late.refreshToken!);
  expect(over.errors?.[0]).toMatchObject({
    message: 'Сеанс длится не дольше 7 дней после входа: войдите снова.',
    extensions: { code: 'UNAUTHENTICATED' },
  });
  expect(over.refreshToken).toBeNull();
});
