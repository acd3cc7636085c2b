import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import { latestActivationCodeLoader } from './modules/employer-activation/employer-activation.loaders';
import { Organization } from './modules/organization/organization.entity';
import { representativesByOrganizationLoader } from './modules/organization/organization.loaders';
import { PartnerAgency } from './modules/partner-agency/partner-agency.entity';
import { usersByPartnerAgencyLoader } from './modules/partner-agency/partner-users';
import { User } from './modules/user/user.entity';

export const createLoaders = (em: EntityManager) => ({
  user: entityByIdLoader(em, User),
  organization: entityByIdLoader(em, Organization),
  partnerAgency: entityByIdLoader(em, PartnerAgency),
  representativesByOrganization: representativesByOrganizationLoader(em),
  latestActivationCode: latestActivationCodeLoader(em),
  usersByPartnerAgency: usersByPartnerAgencyLoader(em),
});

export type IdentityLoaders = ReturnType<typeof createLoaders>;
