import type { ReferenceResolver, SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from '../../loaders';
import { resolveOrganizationReference } from '../organization/organization.reference';
import { resolvePartnerAgencyReference } from '../partner-agency/partner-agency.reference';
import { resolveUserReference } from '../user/user.reference';

/**
 * Every entity other subgraphs reference by key and identity resolves (`_entities`), by GraphQL type name.
 * Each resolver authorizes like the module's queries: `__resolveReference` bypasses `@Authorized`.
 */
export const references: Record<string, ReferenceResolver<SubgraphContext<IdentityLoaders>>> = {
  User: resolveUserReference,
  Organization: resolveOrganizationReference,
  PartnerAgency: resolvePartnerAgencyReference,
};
