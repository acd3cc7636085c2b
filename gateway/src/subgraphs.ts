import { SUBGRAPH_NAMES, urlSetting, type SubgraphName } from '@czn/platform';
import type { GatewayConfig } from './config';

export function subgraphUrls(config: GatewayConfig): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, config[urlSetting(name)]])) as Record<
    SubgraphName,
    string
  >;
}

export const jwksUrl = (config: GatewayConfig): string =>
  config.IDENTITY_JWKS_URL ?? new URL('/.well-known/jwks.json', config.IDENTITY_URL).toString();
