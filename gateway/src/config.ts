import {
  eventBusConfigShape,
  loadConfigOrExit,
  parseConfig,
  portSetting,
  serviceConfigShape,
} from '@czn/kernel';
import { defaultUrl, SUBGRAPH_NAMES, urlSetting, type SubgraphName } from '@czn/platform';
import { isIP } from 'node:net';
import { z } from 'zod';

const url = (example: string) =>
  z.url({ error: `должен быть адресом вида ${example}` }).refine((value) => /^https?:\/\//.test(value), {
    error: 'должен начинаться с http:// или https://',
  });

/** `192.0.2.7`, `2001:db8::1` or a subnet `10.1.2.0/28`: never a name such as `loopback` or a hop count. */
function isAddressOrSubnet(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/** `IDENTITY_URL`, `CITIZEN_URL`, …: each subgraph of the manifest, on its default port unless set. */
const subgraphUrlSettings = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [urlSetting(name), url(defaultUrl(name)).default(defaultUrl(name))]),
) as { [N in SubgraphName as `${Uppercase<N>}_URL`]: z.ZodDefault<ReturnType<typeof url>> };

export const configShape = {
  ...serviceConfigShape,
  ...eventBusConfigShape,
  /** The PostgreSQL event log, read when REDIS_URL is not set. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'должен начинаться с postgres:// или postgresql://')
    .optional(),
  PORT: portSetting(4000),
  ...subgraphUrlSettings,
  /** How long the gateway waits for a subgraph's answer before answering without that subgraph's part. */
  SUBGRAPH_TIMEOUT_MS: z.coerce
    .number({ error: 'должен быть числом миллисекунд' })
    .int('должен быть целым числом миллисекунд')
    .min(100, 'не меньше 100')
    .max(60_000, 'не больше 60000: клиент не должен ждать подграф дольше минуты')
    .default(5000),
  /** Failures or timeouts in a row after which calls to that subgraph fail at once. */
  SUBGRAPH_BREAKER_FAILURES: z.coerce
    .number({ error: 'должен быть числом' })
    .int('должен быть целым числом')
    .min(1, 'не меньше 1')
    .default(3),
  /** How long calls to a subgraph fail at once before one call checks whether it is back. */
  SUBGRAPH_BREAKER_COOLDOWN_MS: z.coerce
    .number({ error: 'должен быть числом миллисекунд' })
    .int('должен быть целым числом миллисекунд')
    .min(100, 'не меньше 100')
    .default(10_000),
  /** Where identity publishes its signing keys; derived from IDENTITY_URL when not set. */
  IDENTITY_JWKS_URL: url('http://localhost:4001/.well-known/jwks.json').optional(),
  /** How long the gateway trusts that an access token's session is still on before asking identity again. */
  SESSION_CHECK_SECONDS: z.coerce
    .number({ error: 'должен быть числом секунд' })
    .int('должен быть целым числом секунд')
    .min(0, 'не меньше 0')
    .max(300, 'не больше 300: завершённый сеанс должен перестать действовать быстро')
    .default(30),
  /**
   * The proxies in front of the gateway whose X-Forwarded-For and X-Forwarded-Proto/Host it believes, by
   * exact address or subnet (`172.30.0.10, 172.30.0.11`, `10.1.2.0/28`); empty (the default): none, the
   * connection's own address is the client's.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isAddressOrSubnet), {
      error:
        'перечислите через запятую IP-адреса или подсети (CIDR) прокси перед шлюзом, например 172.30.0.10, 10.1.2.0/28; пусто — не доверять никому',
    }),
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:3000,http://localhost:3001,http://localhost:3002')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
};

const eventBusChosen = (config: { REDIS_URL?: string | undefined; DATABASE_URL?: string | undefined }) =>
  config.REDIS_URL || config.DATABASE_URL
    ? []
    : [
        'REDIS_URL или DATABASE_URL: задайте один из них — события идут через Redis Streams или журнал PostgreSQL',
      ];

export type GatewayConfig = ReturnType<typeof parseGatewayConfig>;

export const parseGatewayConfig = (env: Record<string, string | undefined>) =>
  parseConfig(configShape, env, eventBusChosen);

export const loadConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfigOrExit('gateway', configShape, env, eventBusChosen);
