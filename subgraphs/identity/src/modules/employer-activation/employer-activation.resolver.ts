import { isStaff, requireStaff, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { EmployerActivationService } from './employer-activation.service';
import {
  AccountActivation,
  AccountActivationState,
  ActivationCodeCheck,
  ActivationInvitation,
  EmployerActivationResult,
  RegisterOrganizationInput,
} from './employer-activation.types';

type Context = SubgraphContext<IdentityLoaders>;

@Resolver()
export class EmployerActivationResolver {
  constructor(private readonly service: EmployerActivationService) {}

  @Mutation(() => ActivationInvitation, {
    description:
      'Сотрудник ЦЗН (регистратор, специалист по работе с работодателями, администратор) регистрирует организацию и её представителя; представителю уходит письмо с кодом активации на 30 дней',
  })
  registerOrganization(
    @Arg('input', () => RegisterOrganizationInput) input: RegisterOrganizationInput,
    @Ctx() { em, viewer, log }: Context,
  ): Promise<ActivationInvitation> {
    return this.service.register(em, viewer, input, log);
  }

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

  @Query(() => [Organization], {
    description:
      'Организации-работодатели, новые сверху (до 100); поиск по наименованию или ИНН. Для сотрудников ЦЗН',
  })
  async organizations(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization[]> {
    requireStaff(viewer);
    const text = search?.trim();
    const like = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return em.find(
      Organization,
      like
        ? {
            $or: [
              { name: { $ilike: like } },
              { shortName: { $ilike: like } },
              { inn: { $like: `${text}%` } },
            ],
          }
        : {},
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }
}

@Resolver(() => Organization)
export class OrganizationRepresentativesResolver {
  @FieldResolver(() => [User], {
    description: 'Представители организации на портале; видны сотрудникам ЦЗН, остальным — пустой список',
  })
  representatives(
    @Root() organization: Organization,
    @Ctx() { viewer, loaders }: Context,
  ): Promise<User[]> | User[] {
    return isStaff(viewer) ? loaders.representativesByOrganization.load(organization.id) : [];
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
    if (!isStaff(viewer) || !user.roles.includes('EMPLOYER')) return null;
    const code = await loaders.latestActivationCode.load(user.id);
    if (!code && !user.login) return null;
    const state = user.login
      ? AccountActivationState.ACTIVATED
      : code!.expiresAt.getTime() <= Date.now()
        ? AccountActivationState.EXPIRED
        : AccountActivationState.PENDING;
    return { state, sentAt: code?.createdAt ?? null, expiresAt: code?.expiresAt ?? null };
  }
}
