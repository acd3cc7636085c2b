import { notFound, requireUser, type SubgraphContext } from '@czn/kernel';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { Organization } from '../organization/organization.entity';
import { canSeeContacts } from './user.access';
import { User } from './user.entity';

type Context = SubgraphContext<IdentityLoaders>;

/** Whoever reaches a User has passed canSeeUser (me, or the reference resolver); contacts need more. */
@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'Вошедший пользователь' })
  async me(@Ctx() { viewer, loaders }: Context): Promise<User> {
    const user = await loaders.user.load(requireUser(viewer).userId);
    if (!user) throw notFound('Учётная запись не найдена');
    return user;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Контактный телефон, например +79131234567; виден самому пользователю и сотрудникам ЦЗН',
  })
  phone(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.phone : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Адрес электронной почты; виден самому пользователю и сотрудникам ЦЗН',
  })
  email(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeContacts(viewer, user) ? user.email : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Организация, которую представляет работодатель; пусто у остальных',
  })
  async organization(@Root() user: User, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return user.organization ? loaders.organization.load(user.organization.id) : null;
  }
}
