import { relayedStreams } from '@czn/platform';
import { PostgresEventBus, RedisEventBus, startRelay, type Relay } from '@czn/events';
import type { MigrationObject } from '@mikro-orm/core';
import type { Options } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import Redis from 'ioredis';
import type { GraphQLSchema } from 'graphql';
import type { AcceptedCallers } from './internal-callers';
import type { LiveSubscription } from './live-subscription';
import { createLogger, type Logger } from './logger';
import { createOrm, migrateUp, type EntityManager, type Orm } from './orm';
import type { PersonalDataJournal } from './personal-data';
import { PostgresRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limit';
import { stopOnSignals } from './shutdown';
import { startSubgraphServer, type ApiKeyVerifier, type RunningServer } from './subgraph-server';

/** Everything that makes one subgraph; its main, the start script and the tests all run it from here. */
export interface SubgraphDefinition<TLoaders> {
  /** Also the name of the PostgreSQL schema it owns. */
  name: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  buildSchema(): Promise<GraphQLSchema>;
  createLoaders(em: EntityManager): TLoaders;
  /** Idempotent demo data for development. */
  seed?(em: EntityManager): Promise<void>;
  routes?(app: Express, orm: Orm): void;
  /** Partner agencies may call this subgraph directly with an API key (routing only). */
  apiKeys?: ApiKeyVerifier;
  /** The subscription fields it declares, which the gateway executes from its event streams. */
  subscriptions?: LiveSubscription[];
  /**
   * Services besides the gateway that may call this subgraph and what each may ask, e.g.
   * `{ routing: { fields: ['partnerApiKeyAgency'], entities: ['User'] } }`; the gateway may ask everything.
   */
  acceptsCallers?: AcceptedCallers;
  /** Where the audit of its `@PersonalData` fields and personal-data changes goes. */
  personalDataJournal?: PersonalDataJournal;
  /** Work the subgraph runs beside its server until it stops, such as following other streams. */
  background?(runtime: { orm: Orm; log: Logger; databaseUrl: string }): { stop(): Promise<void> };
}

export interface SubgraphRuntimeConfig {
  NODE_ENV: 'development' | 'test' | 'production';
  LOG_LEVEL: string;
  INTERNAL_TOKEN_SECRET: string;
  DATABASE_URL: string;
  PORT: number;
  REDIS_URL?: string | undefined;
  EVENT_STREAM_PREFIX?: string;
  /** Multiplies every `@RateLimited` limit (1 unless set). */
  RATE_LIMIT_FACTOR?: number;
}

export interface RunningSubgraph extends RunningServer {
  orm: Orm;
  log: Logger;
  /** Copy the manifest's relayed streams from the outbox to Redis when REDIS_URL is set; none on the PostgreSQL bus. */
  relays: Relay[];
}

/** Runs the outbox relay of one of the subgraph's streams until stopped. */
function relayToRedis(stream: string, config: SubgraphRuntimeConfig, log: Logger): Relay {
  const outbox = new PostgresEventBus(config.DATABASE_URL);
  const redis = new RedisEventBus(config.REDIS_URL!, config.EVENT_STREAM_PREFIX ?? 'czn:events');
  const relay = startRelay(stream, outbox, redis, (message) => log.error(message));
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= relay.stop().then(async () => {
        await Promise.all([outbox.close(), redis.close()]);
      });
      return stopped;
    },
  };
}

/**
 * Counters of `@RateLimited` mutations: in Redis when REDIS_URL is set (under the platform's prefix, shared by
 * the replicas), falling back to the subgraph's `rate_limit` table while Redis cannot be reached, so that an
 * outage of Redis never stops what people file; in the table alone without REDIS_URL. `RATE_LIMIT_FACTOR`
 * multiplies every limit.
 */
function rateLimiterOf(name: string, config: SubgraphRuntimeConfig, orm: Orm, log: Logger): RateLimiter {
  const factor = config.RATE_LIMIT_FACTOR ?? 1;
  const limiter = counterStoreOf(name, config, orm, log);
  return factor === 1
    ? limiter
    : {
        take: (subjects, windowSeconds) =>
          limiter.take(
            subjects.map((subject) => ({ ...subject, limit: subject.limit * factor })),
            windowSeconds,
          ),
        close: () => limiter.close(),
      };
}

function counterStoreOf(name: string, config: SubgraphRuntimeConfig, orm: Orm, log: Logger): RateLimiter {
  const postgres = new PostgresRateLimiter(orm.em, name);
  if (!config.REDIS_URL) return postgres;
  // Commands fail at once while Redis is away, instead of waiting in a queue for it to come back.
  const redis = new RedisRateLimiter(
    new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
    `${config.EVENT_STREAM_PREFIX ?? 'czn:events'}:rate-limit:${name}`,
  );
  return {
    async take(subjects, windowSeconds) {
      try {
        return await redis.take(subjects, windowSeconds);
      } catch (error) {
        log.warn({ err: error }, 'rate limits counted in PostgreSQL: Redis cannot be reached');
        return postgres.take(subjects, windowSeconds);
      }
    },
    async close() {
      await Promise.all([redis.close(), postgres.close()]);
    },
  };
}

export interface StartOptions {
  host?: string;
  onQuery?: (sql: string) => void;
}

export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  config: SubgraphRuntimeConfig,
  options: StartOptions = {},
): Promise<RunningSubgraph> {
  const log = createLogger(definition.name, config.LOG_LEVEL);
  const orm = await openOrm(definition, config.DATABASE_URL, log, options.onQuery);
  const rateLimiter = rateLimiterOf(definition.name, config, orm, log);
  try {
    const server = await startSubgraphServer({
      name: definition.name,
      schema: await definition.buildSchema(),
      orm,
      createLoaders: definition.createLoaders,
      port: config.PORT,
      ...(options.host ? { host: options.host } : {}),
      internalTokenSecret: config.INTERNAL_TOKEN_SECRET,
      production: config.NODE_ENV === 'production',
      log,
      ...(definition.routes ? { routes: (app: Express) => definition.routes?.(app, orm) } : {}),
      personalDataJournal: definition.personalDataJournal,
      ...(definition.apiKeys ? { apiKeys: definition.apiKeys } : {}),
      ...(definition.acceptsCallers ? { acceptsCallers: definition.acceptsCallers } : {}),
      rateLimiter,
    });
    const relays = config.REDIS_URL
      ? relayedStreams(definition.name).map((stream) => relayToRedis(stream, config, log))
      : [];
    const background = definition.background?.({ orm, log, databaseUrl: config.DATABASE_URL });
    return {
      ...server,
      orm,
      log,
      relays,
      async stop() {
        await server.stop();
        await background?.stop();
        await Promise.all(relays.map((relay) => relay.stop()));
        await rateLimiter.close();
        await orm.close();
      },
    };
  } catch (error) {
    await rateLimiter.close();
    await orm.close();
    throw error;
  }
}

export function openOrm<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  databaseUrl: string,
  log?: Logger,
  onQuery?: (sql: string) => void,
): Promise<Orm> {
  return createOrm({
    databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    ...(log ? { log } : {}),
    ...(onQuery ? { onQuery } : {}),
  });
}

/** Applies the subgraph's committed migrations, and its demo data when asked. */
export async function migrateSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  databaseUrl: string,
  { seed = false }: { seed?: boolean } = {},
): Promise<string[]> {
  const orm = await openOrm(definition, databaseUrl);
  try {
    const applied = await migrateUp(orm);
    if (seed && definition.seed) {
      const em = orm.em.fork();
      await em.transactional((tx) => definition.seed!(tx));
    }
    return applied;
  } finally {
    await orm.close();
  }
}

/** A subgraph's main: start it, stop gracefully on signals, exit 1 if it cannot start. */
export function runSubgraphMain<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  config: SubgraphRuntimeConfig,
): void {
  startSubgraph(definition, config).then(
    (running) => stopOnSignals(running.log, [running.stop]),
    (error: unknown) => {
      process.stderr.write(`[${definition.name}] не удалось запустить: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
