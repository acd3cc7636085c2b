import { migrateSubgraph, openOrm, type Orm } from '@czn/kernel';
import { createTestDatabase, type Database } from '@czn/testing';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { identity } from '../../subgraph';
import { User } from '../user/user.entity';
import { AccessTokens } from './access-tokens';

let database: Database;
let orm: Orm;
beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSubgraph(identity, database.url);
  orm = await openOrm(identity, database.url);
});
afterAll(async () => {
  await orm.close();
  await database.stop();
});

const HOUR = 3600_000;

test('signing keys rotate: a new key signs after the period, the old one stays published until its tokens expire', async () => {
  let now = new Date('2026-12-10T00:00:00Z');
  const tokens = new AccessTokens({ ttlSeconds: 900, keyRotationSeconds: 24 * 3600, now: () => now });
  const user = Object.assign(new User(), { fullName: 'Тестовый Пользователь', roles: ['REGISTRAR'] });

  const first = await tokens.issue(orm.em.fork(), user);
  const firstKid = decodeProtectedHeader(first.accessToken).kid;
  now = new Date(now.getTime() + 23 * HOUR);
  expect(decodeProtectedHeader((await tokens.issue(orm.em.fork(), user)).accessToken).kid).toBe(firstKid);

  now = new Date(now.getTime() + 2 * HOUR);
  const second = await tokens.issue(orm.em.fork(), user);
  const secondKid = decodeProtectedHeader(second.accessToken).kid;
  expect(secondKid).not.toBe(firstKid);

  // Both keys are published while a token of the first may still be valid; both tokens verify.
  const published = await tokens.published(orm.em.fork());
  expect(published.keys.map((key) => key.kid)).toEqual([secondKid, firstKid]);
  const jwks = createLocalJWKSet(published);
  const at = { currentDate: now, issuer: 'czn-identity', audience: 'czn-portal' };
  await expect(jwtVerify(second.accessToken, jwks, at)).resolves.toBeTruthy();

  // Once every token of the first key has expired, it is no longer published.
  now = new Date(now.getTime() + 16 * 60_000);
  expect((await tokens.published(orm.em.fork())).keys.map((key) => key.kid)).toEqual([secondKid]);

  // An emergency rotation starts a new key at once.
  const rotated = await tokens.rotate(orm.em.fork());
  expect(decodeProtectedHeader((await tokens.issue(orm.em.fork(), user)).accessToken).kid).toBe(rotated.kid);
});

test('replicas racing to rotate agree on one new key', async () => {
  const now = new Date('2027-06-01T00:00:00Z');
  const replicas = [1, 2, 3].map(
    () => new AccessTokens({ ttlSeconds: 900, keyRotationSeconds: 3600, now: () => now }),
  );
  const user = Object.assign(new User(), { fullName: 'Тестовый Пользователь', roles: ['REGISTRAR'] });
  const issued = await Promise.all(replicas.map((r) => r.issue(orm.em.fork(), user)));
  const kids = new Set(issued.map((token) => decodeProtectedHeader(token.accessToken).kid));
  expect(kids.size).toBe(1);
});
