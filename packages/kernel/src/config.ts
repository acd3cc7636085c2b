import { defaultUrl, peerUrlSetting, subgraph, type SubgraphName } from '@czn/platform';
import { z } from 'zod';

/** Settings every service reads; each service extends this shape with its own. */
export const serviceConfigShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INTERNAL_TOKEN_SECRET: z
    .string({ error: 'обязателен: общий секрет шлюза и подграфов (не короче 32 символов)' })
    .min(32, 'должен быть не короче 32 символов'),
};

export const databaseConfigShape = {
  DATABASE_URL: z
    .string({ error: 'обязателен: адрес PostgreSQL вида postgres://user:pass@host:5432/db' })
    .regex(/^postgres(ql)?:\/\//, 'должен начинаться с postgres:// или postgresql://'),
};

/** With REDIS_URL the event bus is Redis Streams; without it, the PostgreSQL outbox log. */
export const eventBusConfigShape = {
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'должен начинаться с redis:// или rediss://')
    .optional(),
  /** Prefix of the Redis stream keys, so that several platforms can share one Redis. */
  EVENT_STREAM_PREFIX: z
    .string()
    .regex(/^[\w:.-]+$/, 'только латинские буквы, цифры и : . - _')
    .default('czn:events'),
};

export function portSetting(defaultPort: number) {
  return z.coerce
    .number({ error: 'должен быть числом' })
    .int('должен быть целым числом')
    .min(0, 'должен быть от 0 до 65535')
    .max(65535, 'должен быть от 0 до 65535')
    .default(defaultPort);
}

type PeerUrlSettings<N extends SubgraphName> = {
  [
    P in Extract<
      SubgraphName,
      Extract<ReturnType<typeof subgraph>, { name: N }>['calls'][number]
    > as `${Uppercase<P>}_SUBGRAPH_URL`
  ]: z.ZodDefault<z.ZodURL>;
};

/**
 * What every subgraph reads: the service's and the database's settings, its port (the manifest's default), and
 * the address of each peer the manifest says it calls (`IDENTITY_SUBGRAPH_URL`).
 */
export function subgraphConfigShape<N extends SubgraphName>(name: N) {
  const peers = Object.fromEntries(
    subgraph(name).calls.map((peer) => [
      peerUrlSetting(peer),
      z
        .url({
          error: `должен быть адресом подграфа ${peer} вида http://${peer}:${subgraph(peer).port}/graphql`,
        })
        .default(defaultUrl(peer)),
    ]),
  ) as PeerUrlSettings<N>;
  return {
    ...serviceConfigShape,
    ...databaseConfigShape,
    PORT: portSetting(subgraph(name).port),
    /** Multiplies every limit of record-creating mutations, e.g. 5 where many people share one address. */
    RATE_LIMIT_FACTOR: z.coerce
      .number({ error: 'должен быть числом' })
      .min(1, 'не меньше 1: лимиты можно только ослабить')
      .max(1000, 'не больше 1000')
      .default(1),
    ...peers,
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Настройки заданы неверно:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses settings, collecting every problem at once. Throws ConfigError listing them all. */
/** Problems that involve several settings together; empty when there are none. */
export type ConfigCheck<T> = (config: T) => string[];

export function parseConfig<S extends z.ZodRawShape>(
  shape: S,
  env: Record<string, string | undefined>,
  check: ConfigCheck<z.infer<z.ZodObject<S>>> = () => [],
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const problems = check(result.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return result.data;
}

/** For a service's main: parse settings or print every problem and exit 1. */
export function loadConfigOrExit<S extends z.ZodRawShape>(
  service: string,
  shape: S,
  env: Record<string, string | undefined> = process.env,
  check?: ConfigCheck<z.infer<z.ZodObject<S>>>,
): z.infer<z.ZodObject<S>> {
  try {
    return parseConfig(shape, env, check);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`[${service}] ${error.message}\n`);
    process.exit(1);
  }
}
