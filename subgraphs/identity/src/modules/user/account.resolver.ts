import { AuditedAs, requireUser, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import type { AccountService } from './account.service';
import { canSeeContacts } from './user.access';
import { emailChanged } from './user.audit';
import { User } from './user.entity';

type Context = SubgraphContext<IdentityLoaders>;

/** «Настройки»: what a person changes in their own account — e-mail and, for portal accounts, the password. */
@Resolver(() => User)
export class AccountResolver {
  constructor(private readonly service: AccountService) {}

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Вход через Госуслуги (ЕСИА): пароль меняется на Госуслугах, смена почты — без пароля. Пусто для тех, кому это не показывается',
  })
  signsInThroughEsia(@Root() user: User, @Ctx() { viewer }: Context): boolean | null {
    return canSeeContacts(viewer, user) ? user.esiaOid !== null : null;
  }

  @Mutation(() => User, {
    description:
      'Меняет адрес электронной почты вошедшего. Учётной записи портала нужен пароль; вошедшим через Госуслуги — нет, ' +
      'но на прежний адрес уходит уведомление о смене.',
  })
  @AuditedAs(emailChanged)
  changeMyEmail(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Ctx() { viewer, em }: Context,
  ): Promise<User> {
    return this.service.changeEmail(em, requireUser(viewer).userId, email, password);
  }

  @Mutation(() => Boolean, {
    description:
      'Меняет пароль учётной записи портала (не короче 10 символов, буквы и цифры, без пробелов и без логина внутри). ' +
      'Остальные сеансы пользователя завершаются, этот остаётся. После 5 неверных текущих паролей за 15 минут ' +
      'попытки закрываются на 15 минут. Вошедшие через Госуслуги меняют пароль на Госуслугах.',
  })
  async changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() { viewer, em }: Context,
  ): Promise<boolean> {
    await this.service.changePassword(em, requireUser(viewer), currentPassword, newPassword);
    return true;
  }
}
