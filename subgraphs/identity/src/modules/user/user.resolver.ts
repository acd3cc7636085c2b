import { notFound, requireUser, type SubgraphContext } from '@czn/kernel';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'Вошедший пользователь' })
  async me(@Ctx() { viewer, loaders }: SubgraphContext<IdentityLoaders>): Promise<User> {
    const user = await loaders.user.load(requireUser(viewer).userId);
    if (!user) throw notFound('Учётная запись не найдена');
    return user;
  }
}
