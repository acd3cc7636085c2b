import { AuditedAs, RateLimited, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { ActivationInvitation } from '../employer-activation/employer-activation.types';
import { User } from '../user/user.entity';
import { canSeeRepresentatives } from './organization.access';
import { representativesListed } from './organization.audit';
import { Organization } from './organization.entity';
import { NewRepresentativeInput, RegisterOrganizationInput } from './organization.inputs';
import type { OrganizationService } from './organization.service';

type Context = SubgraphContext<IdentityLoaders>;

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Mutation(() => ActivationInvitation, {
    description:
      'Сотрудник ЦЗН (регистратор, специалист по работе с работодателями, администратор) регистрирует организацию и её представителя; представителю уходит письмо с кодом активации на 30 дней',
  })
  @RateLimited('organization', { perPerson: 30, perAddress: 100, windowSeconds: 600 })
  registerOrganization(
    @Arg('input', () => RegisterOrganizationInput) input: RegisterOrganizationInput,
    @Ctx() { em, viewer, log }: Context,
  ): Promise<ActivationInvitation> {
    return this.service.register(em, viewer, input, log);
  }

  @Mutation(() => ActivationInvitation, {
    description:
      'Сотрудник ЦЗН (регистратор, специалист по работе с работодателями, администратор) добавляет представителя зарегистрированной организации; ему уходит письмо с кодом активации на 30 дней. ' +
      'Повтор с той же почтой не добавляет второго представителя, а отправляет новый код',
  })
  @RateLimited('organization-representative', { perPerson: 30, perAddress: 100, windowSeconds: 600 })
  addOrganizationRepresentative(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('input', () => NewRepresentativeInput) input: NewRepresentativeInput,
    @Ctx() { em, viewer, log }: Context,
  ): Promise<ActivationInvitation> {
    return this.service.addRepresentative(em, viewer, organizationId, input, log);
  }

  @Query(() => [Organization], {
    description:
      'Организации-работодатели, новые сверху (до 100); поиск по наименованию или ИНН. Для сотрудников ЦЗН',
  })
  organizations(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization[]> {
    return this.service.list(em, viewer, search);
  }

  @FieldResolver(() => [User], {
    description: 'Представители организации на портале; видны сотрудникам ЦЗН, остальным — пустой список',
  })
  @AuditedAs(representativesListed)
  representatives(
    @Root() organization: Organization,
    @Ctx() { viewer, loaders }: Context,
  ): Promise<User[]> | User[] {
    return canSeeRepresentatives(viewer) ? loaders.representativesByOrganization.load(organization.id) : [];
  }
}
