import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import { Organization } from './modules/organization/organization.entity';
import { User } from './modules/user/user.entity';

export const createLoaders = (em: EntityManager) => ({
  user: entityByIdLoader(em, User),
  organization: entityByIdLoader(em, Organization),
});

export type IdentityLoaders = ReturnType<typeof createLoaders>;
