import type { ReferenceResolver, SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from '../../loaders';

/** An agency's name and kind are public; unknown ids resolve to null. */
export const resolvePartnerAgencyReference: ReferenceResolver<SubgraphContext<IdentityLoaders>> = (
  reference,
  { loaders },
) => loaders.partnerAgency.load(reference.id);
