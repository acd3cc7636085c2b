import { loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';
import { z } from 'zod';

const url = (example: string) =>
  z.url({ error: `должен быть адресом вида ${example}` }).refine((value) => /^https?:\/\//.test(value), {
    error: 'должен начинаться с http:// или https://',
  });

export const configShape = {
  ...serviceConfigShape,
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

export type GatewayConfig = ReturnType<typeof loadConfig>;

export const loadConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfigOrExit('gateway', configShape, env);
