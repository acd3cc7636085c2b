import { migrateSubgraph, openOrm, type Orm } from '@czn/kernel';
import { createTestDatabase, type Database } from '@czn/testing';
import Redis from 'ioredis';
import { identity } from '../../subgraph';
import {
  PostgresSignInLimiter,
  RedisSignInLimiter,
  addressSubject,
  loginFromAddress,
  type SignInLimiter,
  type SignInLimits,
  type Subject,
} from './sign-in-limiter';

/** A sign-in's subjects: the login from the address, and the address when known. */
const subjectsOf = (limits: SignInLimits, login: string, address: string | null): Subject[] => [
  loginFromAddress(limits, login, address),
  ...(address ? [addressSubject(limits, address)!] : []),
];

const limits: SignInLimits = {
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 8,
  windowSeconds: 900,
  lockSeconds: 900,
};
const MINUTE = 60_000;

let database: Database;
let orm: Orm;
let redis: Redis;
beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSubgraph(identity, database.url);
  orm = await openOrm(identity, database.url);
  redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
});
afterAll(async () => {
  redis.disconnect();
  await orm.close();
  await database.stop();
});

let now = new Date('2026-12-10T07:30:00Z');
const clock = () => now;
const prefix = `czn-test:sign-in:${process.pid}:${Date.now()}`;

const limiters: Array<[string, () => SignInLimiter]> = [
  ['PostgreSQL', () => new PostgresSignInLimiter(limits, clock)],
  ['Redis', () => new RedisSignInLimiter(redis, limits, prefix, clock)],
];

describe.each(limiters)('the %s limiter', (_name, create) => {
  let limiter: SignInLimiter;
  let login: string;
  beforeEach(() => {
    limiter = create();
    login = `user-${Math.random().toString(36).slice(2)}`;
  });
  const em = () => orm.em.fork();

  test('locks an account on the fifth failure within the window and releases it after the lock', async () => {
    const subjects = subjectsOf(limits, login, null);
    for (let i = 0; i < 4; i++) {
      expect(await limiter.recordFailure(em(), subjects)).toBeNull();
      now = new Date(now.getTime() + MINUTE);
    }
    expect(await limiter.lockedUntil(em(), subjects)).toBeNull();
    const locked = await limiter.recordFailure(em(), subjects);
    expect(locked).toEqual(new Date(now.getTime() + 15 * MINUTE));
    expect(await limiter.lockedUntil(em(), subjects)).toEqual(locked);

    now = new Date(locked!.getTime() - 1000);
    expect(await limiter.lockedUntil(em(), subjects)).toEqual(locked);
    now = new Date(locked!.getTime() + 1000);
    expect(await limiter.lockedUntil(em(), subjects)).toBeNull();
    // After a lock the count starts again: one more failure does not lock.
    expect(await limiter.recordFailure(em(), subjects)).toBeNull();
  });

  test('failures older than the window are forgotten', async () => {
    const subjects = subjectsOf(limits, login, null);
    for (let i = 0; i < 4; i++) await limiter.recordFailure(em(), subjects);
    now = new Date(now.getTime() + 16 * MINUTE);
    for (let i = 0; i < 4; i++) expect(await limiter.recordFailure(em(), subjects)).toBeNull();
    expect(await limiter.lockedUntil(em(), subjects)).toBeNull();
  });

  test('a successful sign-in (reset) forgets the account’s failures', async () => {
    const subjects = subjectsOf(limits, login, null);
    for (let i = 0; i < 4; i++) await limiter.recordFailure(em(), subjects);
    await limiter.reset(em(), subjects[0]!);
    expect(await limiter.recordFailure(em(), subjects)).toBeNull();
  });

  test('an address is locked after its own limit, across different logins', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${login}`;
    for (let i = 0; i < 7; i++) {
      expect(await limiter.recordFailure(em(), subjectsOf(limits, `${login}-${i}`, address))).toBeNull();
    }
    const locked = await limiter.recordFailure(em(), subjectsOf(limits, `${login}-last`, address));
    expect(locked).not.toBeNull();
    expect(await limiter.lockedUntil(em(), subjectsOf(limits, 'someone-else', address))).toEqual(locked);
    expect(await limiter.lockedUntil(em(), subjectsOf(limits, 'someone-else', '192.0.2.1'))).toBeNull();
  });
});
