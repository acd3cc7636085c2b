import type { EntityManager } from '@czn/kernel';
import type Redis from 'ioredis';

/** How many failures within a window lock an account or an address, and for how long. */
export interface SignInLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowSeconds: number;
  lockSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  windowSeconds: 900,
  lockSeconds: 900,
};

const REGION_TIME = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  hour: '2-digit',
  minute: '2-digit',
});
const REGION_DATE = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** «Попробуйте снова после 14:35.» on the region's clock, with the date when it is not today there. */
export function tryAgainAfter(until: Date, now: Date): string {
  // A lock ends within the minute shown: round up so that "after 14:35" is never too early.
  const shown = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  const day = REGION_DATE.format(shown) === REGION_DATE.format(now) ? '' : ` ${REGION_DATE.format(shown)}`;
  return `Попробуйте снова после ${REGION_TIME.format(shown)}${day}.`;
}

/**
 * A throttled subject: one login from one network address, or one address. A login is locked per address,
 * so failures from elsewhere never keep its owner out; the address's own limit stops guessing many logins.
 */
export interface Subject {
  key: string;
  maxFailures: number;
}

export const loginFromAddress = (limits: SignInLimits, login: string, address: string | null): Subject => ({
  key: `login:${login}|address:${address ?? 'unknown'}`,
  maxFailures: limits.maxFailuresPerAccount,
});

export const addressSubject = (limits: SignInLimits, address: string | null): Subject | null =>
  address ? { key: `address:${address}`, maxFailures: limits.maxFailuresPerAddress } : null;

/**
 * Counts failed sign-ins per subject in a fixed window that starts with the first failure; the failure
 * that reaches the limit locks the subject for `lockSeconds`. The clock is injectable for tests.
 */
export interface SignInLimiter {
  /** The latest time any of the subjects is locked until, or null when none is locked now. */
  lockedUntil(em: EntityManager, subjects: Subject[]): Promise<Date | null>;
  /** Records a failure against each subject; returns when the attempt's subjects became locked, if they did. */
  recordFailure(em: EntityManager, subjects: Subject[]): Promise<Date | null>;
  /** Forgets the failures and the lock of a subject (after a successful sign-in, or an unlock link). */
  reset(em: EntityManager, subject: Subject): Promise<void>;
}

const latest = (dates: Array<Date | null>): Date | null =>
  dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);

/** The counter of one subject, times in ms since the epoch. */
interface Counter {
  failures: number;
  started: number;
  locked: number;
}

/** One failure: the same rule as the Redis script below. */
function afterFailure(counter: Counter, now: number, subject: Subject, limits: SignInLimits): Counter {
  if (counter.locked > now) return counter;
  let { failures, started, locked } = counter;
  if (started + limits.windowSeconds * 1000 <= now) {
    failures = 0;
    started = now;
  }
  failures += 1;
  if (failures >= subject.maxFailures) {
    // Counting restarts after a lock, so the next lock needs the full number of failures again.
    locked = now + limits.lockSeconds * 1000;
    failures = 0;
    started = now;
  }
  return { failures, started, locked };
}

/** Without Redis: one row per subject in identity.sign_in_throttle, changed under a row lock. */
export class PostgresSignInLimiter implements SignInLimiter {
  constructor(
    private readonly limits: SignInLimits,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async lockedUntil(em: EntityManager, subjects: Subject[]): Promise<Date | null> {
    const rows: Array<{ locked_until: Date }> = await em
      .getConnection()
      .execute(
        `select locked_until from identity.sign_in_throttle where key in (${subjects.map(() => '?').join(', ')}) and locked_until > ?`,
        [...subjects.map((s) => s.key), this.now()],
      );
    return latest(rows.map((row) => new Date(row.locked_until)));
  }

  async recordFailure(em: EntityManager, subjects: Subject[]): Promise<Date | null> {
    const now = this.now().getTime();
    const locks: Array<Date | null> = [];
    for (const subject of subjects) {
      const counter = await em.fork().transactional(async (tx) => {
        const connection = tx.getConnection();
        const context = tx.getTransactionContext();
        await connection.execute(
          'insert into identity.sign_in_throttle (key, failures, window_started_at) values (?, 0, ?) on conflict (key) do nothing',
          [subject.key, new Date(now)],
          'run',
          context,
        );
        const [row] = (await connection.execute(
          'select failures, window_started_at, locked_until from identity.sign_in_throttle where key = ? for update',
          [subject.key],
          'all',
          context,
        )) as Array<{ failures: number; window_started_at: Date; locked_until: Date | null }>;
        const next = afterFailure(
          {
            failures: row!.failures,
            started: new Date(row!.window_started_at).getTime(),
            locked: row!.locked_until ? new Date(row!.locked_until).getTime() : 0,
          },
          now,
          subject,
          this.limits,
        );
        await connection.execute(
          'update identity.sign_in_throttle set failures = ?, window_started_at = ?, locked_until = ? where key = ?',
          [next.failures, new Date(next.started), next.locked ? new Date(next.locked) : null, subject.key],
          'run',
          context,
        );
        return next;
      });
      locks.push(counter.locked > now ? new Date(counter.locked) : null);
    }
    // Now and then, forget subjects whose window and lock have both passed.
    if (Math.random() < 0.02) {
      await em
        .getConnection()
        .execute(
          'delete from identity.sign_in_throttle where window_started_at < ? and (locked_until is null or locked_until < ?)',
          [new Date(now - this.limits.windowSeconds * 1000), new Date(now)],
        );
    }
    return latest(locks);
  }

  async reset(em: EntityManager, subject: Subject): Promise<void> {
    await em.getConnection().execute('delete from identity.sign_in_throttle where key = ?', [subject.key]);
  }
}

/**
 * With Redis: one hash per subject `<prefix>:<key>` {failures, windowStartedAt, lockedUntil} (ms), changed
 * atomically by a script; it expires once neither its window nor its lock matters any more.
 */
const RECORD_FAILURE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local lock = tonumber(ARGV[4])
local values = redis.call('HMGET', KEYS[1], 'failures', 'started', 'locked')
local failures = tonumber(values[1]) or 0
local started = tonumber(values[2]) or 0
local locked = tonumber(values[3]) or 0
if locked > now then return locked end
if started + window <= now then failures = 0; started = now end
failures = failures + 1
if failures >= limit then locked = now + lock; failures = 0; started = now end
redis.call('HSET', KEYS[1], 'failures', failures, 'started', started, 'locked', locked)
redis.call('PEXPIRE', KEYS[1], math.max(started + window, locked) - now + 1000)
if locked > now then return locked end
return 0
`;

export class RedisSignInLimiter implements SignInLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits: SignInLimits,
    private readonly prefix = 'czn:sign-in',
    private readonly now: () => Date = () => new Date(),
  ) {}

  async lockedUntil(_em: EntityManager, subjects: Subject[]): Promise<Date | null> {
    const now = this.now().getTime();
    const locks = await Promise.all(
      subjects.map((s) => this.redis.hget(`${this.prefix}:${s.key}`, 'locked')),
    );
    return latest(locks.map((value) => (Number(value) > now ? new Date(Number(value)) : null)));
  }

  async recordFailure(_em: EntityManager, subjects: Subject[]): Promise<Date | null> {
    const now = this.now().getTime();
    const locks = await Promise.all(
      subjects.map((s) =>
        this.redis.eval(
          RECORD_FAILURE,
          1,
          `${this.prefix}:${s.key}`,
          now,
          this.limits.windowSeconds * 1000,
          s.maxFailures,
          this.limits.lockSeconds * 1000,
        ),
      ),
    );
    return latest(locks.map((value) => (Number(value) > 0 ? new Date(Number(value)) : null)));
  }

  async reset(_em: EntityManager, subject: Subject): Promise<void> {
    await this.redis.del(`${this.prefix}:${subject.key}`);
  }
}
