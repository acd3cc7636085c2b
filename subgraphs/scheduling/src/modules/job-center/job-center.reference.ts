import type { ReferenceResolver, SubgraphContext } from '@czn/kernel';
import type { SchedulingLoaders } from '../../loaders';

/** Job centres are public: any caller the gateway vouches for may resolve one. */
export const resolveJobCenterReference: ReferenceResolver<SubgraphContext<SchedulingLoaders>> = (
  reference,
  { loaders },
) => loaders.jobCenter.load(reference.id);
