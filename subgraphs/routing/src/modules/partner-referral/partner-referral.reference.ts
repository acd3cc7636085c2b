import type { ReferenceResolver, SubgraphContext } from '@czn/kernel';
import type { RoutingLoaders } from '../../loaders';
import { visiblePartnerReferral } from './partner-referral.service';

/** Same rule as the partnerReferral query: referrals the caller may not see do not exist for them. */
export const resolvePartnerReferralReference: ReferenceResolver<SubgraphContext<RoutingLoaders>> = (
  reference,
  { viewer, loaders },
) => visiblePartnerReferral(viewer, loaders, reference.id);
