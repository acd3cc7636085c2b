import type { GatewayConfig } from './config';

export const SUBGRAPH_NAMES = ['identity', 'citizen', 'employer', 'scheduling', 'routing'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Where each subgraph listens on a developer's machine; the supergraph records these, settings override them. */
export const DEFAULT_SUBGRAPH_URLS: Record<SubgraphName, string> = {
  identity: 'http://localhost:4001/graphql',
  citizen: 'http://localhost:4002/graphql',
  employer: 'http://localhost:4003/graphql',
  scheduling: 'http://localhost:4004/graphql',
  routing: 'http://localhost:4005/graphql',
};

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
