import { forbidden, type ReferenceResolver, type SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from '../../loaders';
import { canSeeUser } from './user.access';
import { profileShown } from './user.audit';

export const resolveUserReference: ReferenceResolver<SubgraphContext<IdentityLoaders>> = async (
  reference,
  { viewer, loaders, personalData },
) => {
  const user = await loaders.user.load(reference.id);
  if (!user) return null;
  if (!canSeeUser(viewer, user)) throw forbidden('Нет доступа к данным этого пользователя');
  personalData.describe(profileShown(viewer, user));
  return user;
};
