import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import { User } from './modules/user/user.entity';

export const createLoaders = (em: EntityManager) => ({
  user: entityByIdLoader(em, User),
});

export type IdentityLoaders = ReturnType<typeof createLoaders>;
