import { isUuid, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from '../../loaders';
import { PartnerAgency } from './partner-agency.entity';

/** An agency's name and kind are public; unknown ids resolve to null. */
export const resolvePartnerAgencyReference: ReferenceResolver<SubgraphContext<IdentityLoaders>> = (
  reference,
  { em },
) => (isUuid(reference.id) ? em.findOne(PartnerAgency, { id: reference.id }) : null);
