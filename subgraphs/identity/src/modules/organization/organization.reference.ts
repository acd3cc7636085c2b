import type { ReferenceResolver, SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from '../../loaders';

/**
 * An organisation's name and registration numbers are public (the state register publishes them), so
 * any caller the gateway vouches for may resolve one; unknown ids resolve to null.
 */
export const resolveOrganizationReference: ReferenceResolver<SubgraphContext<IdentityLoaders>> = (
  reference,
  { loaders },
) => loaders.organization.load(reference.id);
