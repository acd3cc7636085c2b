import { OutboxEvent } from '@czn/events';
import { outboxJournal, RateLimitCounter, type SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type RoutingLoaders } from './loaders';
import { migrations } from './migrations';
import { IdentitySubgraph, type IdentityConnection } from './modules/federation/identity-subgraph';
import { LifeSituation } from './modules/life-situation/life-situation.entity';
import { cachedApiKeyVerifier, type ApiKeyCacheSettings } from './modules/partner-referral/partner-api-keys';
import { PartnerReferral } from './modules/partner-referral/partner-referral.entity';
import { ServiceOffering } from './modules/service-offering/service-offering.entity';
import { buildSchema } from './schema';
import { seed } from './seed';

export interface RoutingSettings {
  /**
   * identity's subgraph, which verifies partners' API keys and names the people referred; without it
   * routing accepts no API keys and refers nobody (enough for composing and migrating).
   */
  identity: IdentityConnection | null;
  /** How long verified API keys are remembered (30 s by default); tests pass a clock or 0. */
  apiKeyCache?: ApiKeyCacheSettings;
}

export function createRoutingSubgraph(settings: RoutingSettings): SubgraphDefinition<RoutingLoaders> {
  const identity = settings.identity ? new IdentitySubgraph(settings.identity) : null;
  return {
    name: 'routing',
    entities: [LifeSituation, ServiceOffering, PartnerReferral, OutboxEvent, RateLimitCounter],
    migrations,
    buildSchema: () => buildSchema(identity),
    createLoaders,
    seed,
    // A partner agency's reads of whom it was sent go to the person's trail, which identity keeps.
    personalDataJournal: outboxJournal('routing.audit'),
    // Identity asks whether a centre referred a person before the centre's staff reach the person's data.
    acceptsCallers: { identity: { fields: ['jobCenterReferredPerson'] } },
    ...(identity
      ? { apiKeys: cachedApiKeyVerifier((key) => identity.agencyOfApiKey(key), settings.apiKeyCache) }
      : {}),
  };
}

export type { ApiKeyCacheSettings };

/** The schema, migrations and demo data, for composing and migrating; `npm start` runs createRoutingSubgraph. */
export const routing = createRoutingSubgraph({ identity: null });
export { routingFixtures } from './fixtures';
