import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import {
  latestActivationCodeLoader,
  representativesByOrganizationLoader,
} from './modules/employer-activation/employer-activation.loaders';
import { Organization } from './modules/organization/organization.entity';
import { User } from './modules/user/user.entity';

export const createLoaders = (em: EntityManager) => ({
  user: entityByIdLoader(em, User),
  organization: entityByIdLoader(em, Organization),
  representativesByOrganization: representativesByOrganizationLoader(em),
  latestActivationCode: latestActivationCodeLoader(em),
});

export type IdentityLoaders = ReturnType<typeof createLoaders>;
