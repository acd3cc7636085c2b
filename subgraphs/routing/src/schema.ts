import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { RoutingLoaders } from './loaders';
import type { IdentitySubgraph } from './modules/federation/identity-subgraph';
import { resolveLifeSituationReference } from './modules/life-situation/life-situation.reference';
import { LifeSituationResolver } from './modules/life-situation/life-situation.resolver';
import { resolvePartnerReferralReference } from './modules/partner-referral/partner-referral.reference';
import { PartnerReferralResolver } from './modules/partner-referral/partner-referral.resolver';
import { resolveServiceOfferingReference } from './modules/service-offering/service-offering.reference';

export const buildSchema = (identity: IdentitySubgraph | null) =>
  buildFederatedSchema<SubgraphContext<RoutingLoaders>>({
    resolvers: [LifeSituationResolver, PartnerReferralResolver],
    references: {
      LifeSituation: resolveLifeSituationReference,
      ServiceOffering: resolveServiceOfferingReference,
      PartnerReferral: resolvePartnerReferralReference,
    },
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) =>
        resolverClass === PartnerReferralResolver
          ? new PartnerReferralResolver(identity)
          : new resolverClass(),
    },
  });
