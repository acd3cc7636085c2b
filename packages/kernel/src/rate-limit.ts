import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type Redis from 'ioredis';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { EntityManager } from './orm';
import type { Viewer } from './viewer';

/** How many records one person and one network address may create of a kind within a window. */
export interface RateLimit {
  perPerson: number;
  perAddress: number;
  windowSeconds: number;
}

/** One counted subject: `<action>:person:<id>` or `<action>:address:<ip>`, with its limit. */
export interface RateLimitedSubject {
  key: string;
  limit: number;
}

/**
 * Counts attempts per subject in a fixed window that starts with the subject's first attempt. An attempt is
 * taken only when every subject is under its limit; otherwise nothing is counted and the answer is when the
 * latest of the full windows ends. The clock is injectable for tests.
 */
export interface RateLimiter {
  /** Counts the attempt and returns null, or returns when to try again and counts nothing. */
  take(subjects: RateLimitedSubject[], windowSeconds: number): Promise<Date | null>;
  close(): Promise<void>;
}

/** A subgraph's counters for the PostgreSQL limiter; its migration creates `<schema>.rate_limit` (see below). */
@Entity({ tableName: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  windowStartedAt!: Date;
}

/** The SQL of the migration that gives a subgraph using `@RateLimited` its counters table. */
export const createRateLimitTable = (schema: string) =>
  `create table "${schema}"."rate_limit" ("key" text not null primary key, "attempts" int not null, "window_started_at" timestamptz not null);`;

interface Counter {
  attempts: number;
  started: number;
}

const windowEnd = (counter: Counter, windowMs: number) => counter.started + windowMs;

/** Without Redis: one row per subject in `<schema>.rate_limit`, changed under row locks in one transaction. */
export class PostgresRateLimiter implements RateLimiter {
  constructor(
    private readonly em: EntityManager,
    private readonly schema: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async take(subjects: RateLimitedSubject[], windowSeconds: number): Promise<Date | null> {
    const now = this.now().getTime();
    const windowMs = windowSeconds * 1000;
    const table = `"${this.schema}"."rate_limit"`;
    // Keys in one order, so that two attempts sharing an address never wait on each other's locks in a cycle.
    const sorted = [...subjects].sort((a, b) => a.key.localeCompare(b.key));
    const retryAt = await this.em.fork().transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      const counters = new Map<string, Counter>();
      for (const { key } of sorted) {
        await connection.execute(
          `insert into ${table} (key, attempts, window_started_at) values (?, 0, ?) on conflict (key) do nothing`,
          [key, new Date(now)],
          'run',
          context,
        );
        const [row] = (await connection.execute(
          `select attempts, window_started_at from ${table} where key = ? for update`,
          [key],
          'all',
          context,
        )) as Array<{ attempts: number; window_started_at: Date }>;
        const started = new Date(row!.window_started_at).getTime();
        counters.set(
          key,
          started + windowMs <= now ? { attempts: 0, started: now } : { attempts: row!.attempts, started },
        );
      }
      const full = sorted.filter(({ key, limit }) => counters.get(key)!.attempts >= limit);
      if (full.length > 0) return Math.max(...full.map(({ key }) => windowEnd(counters.get(key)!, windowMs)));
      for (const { key } of sorted) {
        const counter = counters.get(key)!;
        await connection.execute(
          `update ${table} set attempts = ?, window_started_at = ? where key = ?`,
          [counter.attempts + 1, new Date(counter.started), key],
          'run',
          context,
        );
      }
      return null;
    });
    // Now and then, forget the subjects whose window has passed.
    if (Math.random() < 0.02)
      await this.em
        .getConnection()
        .execute(`delete from ${table} where window_started_at < ?`, [new Date(now - 24 * 3600_000)]);
    return retryAt === null ? null : new Date(retryAt);
  }

  async close(): Promise<void> {}
}

/**
 * With Redis: one hash per subject `<prefix>:<key>` {attempts, started} (ms), all of an attempt's subjects
 * checked and counted by one script; a hash expires with its window.
 */
const TAKE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local retry = 0
local counters = {}
for i, key in ipairs(KEYS) do
  local values = redis.call('HMGET', key, 'attempts', 'started')
  local attempts = tonumber(values[1]) or 0
  local started = tonumber(values[2]) or 0
  if started + window <= now then attempts = 0; started = now end
  if attempts >= tonumber(ARGV[2 + i]) then retry = math.max(retry, started + window) end
  counters[i] = { attempts, started }
end
if retry > 0 then return retry end
for i, key in ipairs(KEYS) do
  redis.call('HSET', key, 'attempts', counters[i][1] + 1, 'started', counters[i][2])
  redis.call('PEXPIRE', key, counters[i][2] + window - now + 1000)
end
return 0
`;

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async take(subjects: RateLimitedSubject[], windowSeconds: number): Promise<Date | null> {
    const retryAt = await this.redis.eval(
      TAKE,
      subjects.length,
      ...subjects.map(({ key }) => `${this.prefix}:${key}`),
      this.now().getTime(),
      windowSeconds * 1000,
      ...subjects.map(({ limit }) => limit),
    );
    return Number(retryAt) > 0 ? new Date(Number(retryAt)) : null;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** The person a mutation is counted against: the signed-in user, or the partner agency behind an API key. */
const personOf = (viewer: Viewer): string | null =>
  viewer.kind === 'user' ? viewer.userId : viewer.kind === 'partner-key' ? `agency:${viewer.agencyId}` : null;

export function rateLimitedSubjects(
  action: string,
  limit: RateLimit,
  viewer: Viewer,
  address: string | null,
): RateLimitedSubject[] {
  const person = personOf(viewer);
  return [
    ...(person ? [{ key: `${action}:person:${person}`, limit: limit.perPerson }] : []),
    ...(address ? [{ key: `${action}:address:${address}`, limit: limit.perAddress }] : []),
  ];
}

const REGION_TIME = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** TOO_MANY_REQUESTS saying when, on the region's clock, and in how many seconds to try again. */
export function tooManyRequests(retryAt: Date, now: Date): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new GraphQLError(
    `Слишком много запросов подряд. Повторите после ${REGION_TIME.format(retryAt)} (через ${retryAfterSeconds} с).`,
    {
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds, retryAt: retryAt.toISOString() },
    },
  );
}

interface RateLimitedContext {
  viewer: Viewer;
  client: { address: string | null };
  rateLimiter: RateLimiter;
}

/** Counts one attempt of `action` for the request's person and address, or refuses it with TOO_MANY_REQUESTS. */
export async function enforceRateLimit(
  { viewer, client, rateLimiter }: RateLimitedContext,
  action: string,
  limit: RateLimit,
): Promise<void> {
  const subjects = rateLimitedSubjects(action, limit, viewer, client.address);
  if (subjects.length === 0) return;
  const retryAt = await rateLimiter.take(subjects, limit.windowSeconds);
  if (retryAt) throw tooManyRequests(retryAt, new Date());
}

/**
 * Limits a mutation that creates records: each attempt counts against the person and the network address, and
 * one over `limit` within the window is refused with TOO_MANY_REQUESTS before the mutation runs.
 */
export function RateLimited(action: string, limit: RateLimit): MethodDecorator & PropertyDecorator {
  const limited: MiddlewareFn<RateLimitedContext> = async ({ context }, next) => {
    await enforceRateLimit(context, action, limit);
    return next();
  };
  return UseMiddleware(limited);
}
