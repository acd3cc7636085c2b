import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { RoutingLoaders } from './loaders';
import { resolveLifeSituationReference } from './modules/life-situation/life-situation.reference';
import { LifeSituationResolver } from './modules/life-situation/life-situation.resolver';
import { resolveServiceOfferingReference } from './modules/service-offering/service-offering.reference';

export const buildSchema = () =>
  buildFederatedSchema<SubgraphContext<RoutingLoaders>>({
    resolvers: [LifeSituationResolver],
    references: {
      LifeSituation: resolveLifeSituationReference,
      ServiceOffering: resolveServiceOfferingReference,
    },
  });
