import type { SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { User } from '../user/user.entity';
import { canSeeActivation } from './employer-activation.access';
import { accountActivation, type EmployerActivationService } from './employer-activation.service';
import {
  AccountActivation,
  ActivationCodeCheck,
  ActivationInvitation,
  EmployerActivationResult,
} from './employer-activation.types';

type Context = SubgraphContext<IdentityLoaders>;

@Resolver()
export class EmployerActivationResolver {
  constructor(private readonly service: EmployerActivationService) {}

  @Mutation(() => ActivationInvitation, {
    description: 'Отправить представителю новый код активации; прежний код перестаёт действовать',
  })
  resendActivation(
    @Arg('userId', () => ID) userId: string,
    @Ctx() { em, viewer, log }: Context,
  ): Promise<ActivationInvitation> {
    return this.service.resend(em, viewer, userId, log);
  }

  @Query(() => ActivationCodeCheck, {
    description: 'Действует ли код активации; доступно без входа тому, у кого есть код',
  })
  activationStatus(
    @Arg('code', () => String) code: string,
    @Ctx() { em }: Context,
  ): Promise<ActivationCodeCheck> {
    return this.service.check(em, code);
  }

  @Mutation(() => EmployerActivationResult, {
    description:
      'Активировать кабинет работодателя по коду: создать логин и пароль (не короче 10 символов, буквы и цифры, без логина внутри)',
  })
  activateEmployer(
    @Arg('code', () => String) code: string,
    @Arg('login', () => String) login: string,
    @Arg('password', () => String) password: string,
    @Ctx() { em }: Context,
  ): Promise<EmployerActivationResult> {
    return this.service.activate(em, code, login, password);
  }
}

@Resolver(() => User)
export class UserActivationResolver {
  @FieldResolver(() => AccountActivation, {
    nullable: true,
    description:
      'Активация кабинета представителя работодателя; видна сотрудникам ЦЗН, у остальных пользователей пусто',
  })
  async activation(
    @Root() user: User,
    @Ctx() { viewer, loaders }: Context,
  ): Promise<AccountActivation | null> {
    if (!canSeeActivation(viewer, user)) return null;
    return accountActivation(user, await loaders.latestActivationCode.load(user.id));
  }
}
