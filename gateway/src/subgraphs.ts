import type { GatewayConfig } from './config';

export const SUBGRAPH_NAMES = ['identity', 'citizen', 'employer', 'scheduling', 'routing'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function subgraphUrls(config: GatewayConfig): Record<SubgraphName, string> {
  return {
    identity: config.IDENTITY_URL,
    citizen: config.CITIZEN_URL,
    employer: config.EMPLOYER_URL,
    scheduling: config.SCHEDULING_URL,
    routing: config.ROUTING_URL,
  };
}

export const jwksUrl = (config: GatewayConfig): string =>
  config.IDENTITY_JWKS_URL ?? new URL('/.well-known/jwks.json', config.IDENTITY_URL).toString();
