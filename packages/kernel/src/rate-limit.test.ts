import Redis from 'ioredis';
import { createOrm, type Orm } from './orm';
import {
  createRateLimitTable,
  PostgresRateLimiter,
  rateLimitedSubjects,
  RateLimitCounter,
  RedisRateLimiter,
  type RateLimiter,
} from './rate-limit';
import type { Viewer } from './viewer';

const schema = `rate_limit_test_${process.pid}`;
let orm: Orm;
let redis: Redis;
beforeAll(async () => {
  orm = await createOrm({
    databaseUrl: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    schema,
    entities: [RateLimitCounter],
    migrations: [],
  });
  await orm.em.getConnection().execute(`create schema "${schema}"`);
  await orm.em.getConnection().execute(createRateLimitTable(schema));
  redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
});
afterAll(async () => {
  await orm.em.getConnection().execute(`drop schema "${schema}" cascade`);
  await orm.close();
  redis.disconnect();
});

let now = new Date('2026-12-16T07:30:00Z');
const clock = () => now;
const limit = { perPerson: 3, perAddress: 5, windowSeconds: 60 };
let serial = 0;
const citizen = (): Viewer => ({
  kind: 'user',
  userId: `person-${serial++}`,
  roles: ['CITIZEN'],
  jobCenterId: null,
  organizationId: null,
});

const limiters: Array<[string, () => RateLimiter]> = [
  ['PostgreSQL', () => new PostgresRateLimiter(orm.em, schema, clock)],
  ['Redis', () => new RedisRateLimiter(redis, `czn-test:rate-limit:${process.pid}:${Date.now()}`, clock)],
];

describe.each(limiters)('the %s limiter', (_name, create) => {
  let limiter: RateLimiter;
  let address: string;
  beforeEach(() => {
    limiter = create();
    address = `203.0.113.${serial++ % 250}`;
  });

  test('counts a person’s attempts in a window and says when the window ends', async () => {
    const subjects = rateLimitedSubjects('appeal', limit, citizen(), address);
    const started = now;
    for (let i = 0; i < 3; i++) {
      expect(await limiter.take(subjects, limit.windowSeconds)).toBeNull();
      now = new Date(now.getTime() + 10_000);
    }
    expect(await limiter.take(subjects, limit.windowSeconds)).toEqual(new Date(started.getTime() + 60_000));
    now = new Date(started.getTime() + 60_000);
    expect(await limiter.take(subjects, limit.windowSeconds)).toBeNull();
  });

  test('an address is limited across people; a refused attempt counts against nobody', async () => {
    for (let i = 0; i < 5; i++)
      expect(
        await limiter.take(rateLimitedSubjects('appeal', limit, citizen(), address), limit.windowSeconds),
      ).toBeNull();
    const person = citizen();
    expect(
      await limiter.take(rateLimitedSubjects('appeal', limit, person, address), limit.windowSeconds),
    ).not.toBeNull();
    // The refusal above took nothing from the person: three attempts from another address still pass.
    for (let i = 0; i < 3; i++)
      expect(
        await limiter.take(rateLimitedSubjects('appeal', limit, person, '198.51.100.1'), limit.windowSeconds),
      ).toBeNull();
  });
});
