import { forbidden, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from '../../loaders';
import { canSeeUser } from './user.access';

export const resolveUserReference: ReferenceResolver<SubgraphContext<IdentityLoaders>> = async (
  reference,
  { viewer, loaders },
) => {
  const user = await loaders.user.load(reference.id);
  if (!user) return null;
  if (!canSeeUser(viewer, user)) throw forbidden('Нет доступа к данным этого пользователя');
  return user;
};
