import {
  eventBusConfigShape,
  loadConfigOrExit,
  parseConfig,
  portSetting,
  serviceConfigShape,
} from '@czn/kernel';
import { z } from 'zod';

const url = (example: string) =>
  z.url({ error: `должен быть адресом вида ${example}` }).refine((value) => /^https?:\/\//.test(value), {
    error: 'должен начинаться с http:// или https://',
  });

export const configShape = {
  ...serviceConfigShape,
  ...eventBusConfigShape,
  /** The PostgreSQL event log, read when REDIS_URL is not set. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'должен начинаться с postgres:// или postgresql://')
    .optional(),
  PORT: portSetting(4000),
  IDENTITY_URL: url('http://localhost:4001/graphql').default('http://localhost:4001/graphql'),
  CITIZEN_URL: url('http://localhost:4002/graphql').default('http://localhost:4002/graphql'),
  EMPLOYER_URL: url('http://localhost:4003/graphql').default('http://localhost:4003/graphql'),
  SCHEDULING_URL: url('http://localhost:4004/graphql').default('http://localhost:4004/graphql'),
  ROUTING_URL: url('http://localhost:4005/graphql').default('http://localhost:4005/graphql'),
  /** Where identity publishes its signing keys; derived from IDENTITY_URL when not set. */
  IDENTITY_JWKS_URL: url('http://localhost:4001/.well-known/jwks.json').optional(),
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
