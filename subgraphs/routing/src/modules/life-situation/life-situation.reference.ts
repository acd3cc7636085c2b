import { isUuid, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { RoutingLoaders } from '../../loaders';

/** Life situations are public: any caller the gateway vouches for may resolve one. */
export const resolveLifeSituationReference: ReferenceResolver<SubgraphContext<RoutingLoaders>> = (
  reference,
  { loaders },
) => (isUuid(reference.id) ? loaders.lifeSituation.load(reference.id) : null);
