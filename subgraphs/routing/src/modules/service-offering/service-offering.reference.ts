import { isUuid, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { RoutingLoaders } from '../../loaders';

/** The service catalogue is public: any caller the gateway vouches for may resolve a row. */
export const resolveServiceOfferingReference: ReferenceResolver<SubgraphContext<RoutingLoaders>> = (
  reference,
  { loaders },
) => (isUuid(reference.id) ? loaders.serviceOffering.load(reference.id) : null);
