import { AuditedAs, RateLimited, type SubgraphContext } from '@czn/kernel';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { IdentityLoaders } from '../../loaders';
import { User } from '../user/user.entity';
import { PartnerAgency, PartnerApiKey } from './partner-agency.entity';
import { requirePartnerAdmin } from './partner-agency.access';
import { agencyUsersListed } from './partner-agency.audit';
import { agencyOfApiKey, createPartnerApiKey, revokePartnerApiKey } from './partner-api-keys';
import { CreatePartnerUserInput } from './partner-user.types';
import { createPartnerUser, deactivatePartnerUser } from './partner-users';

type Context = SubgraphContext<IdentityLoaders>;

@ObjectType({ description: 'Выпущенный ключ API: сам ключ виден только в этом ответе' })
class CreatedPartnerApiKey {
  @Field(() => PartnerApiKey)
  apiKey!: PartnerApiKey;

  @Field(() => String, { description: 'Ключ целиком; сохраните его сейчас — больше он показан не будет' })
  key!: string;
}

@Resolver(() => PartnerAgency)
export class PartnerAgencyResolver {
  @Query(() => [PartnerAgency], { description: 'Ведомства-партнёры; для администратора ЦЗН' })
  partnerAgencies(@Ctx() { em, viewer }: Context): Promise<PartnerAgency[]> {
    requirePartnerAdmin(viewer, 'listAgencies');
    return em.find(PartnerAgency, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [PartnerApiKey], {
    description: 'Ключи API ведомства, новые сверху; для администратора ЦЗН',
  })
  apiKeys(@Root() agency: PartnerAgency, @Ctx() { em, viewer }: Context): Promise<PartnerApiKey[]> {
    requirePartnerAdmin(viewer, 'listApiKeys');
    return em.find(PartnerApiKey, { agency: agency.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @FieldResolver(() => [User], {
    description: 'Сотрудники ведомства, входящие по логину и паролю, по алфавиту; для администратора ЦЗН',
  })
  @AuditedAs(agencyUsersListed)
  users(@Root() agency: PartnerAgency, @Ctx() { viewer, loaders }: Context): Promise<User[]> {
    requirePartnerAdmin(viewer, 'listAgencies');
    return loaders.usersByPartnerAgency.load(agency.id);
  }

  @Mutation(() => User, {
    description:
      'Администратор ЦЗН создаёт учётную запись сотрудника ведомства-партнёра: он видит только направления своего ведомства',
  })
  @RateLimited('partner-user', { perPerson: 30, perAddress: 100, windowSeconds: 600 })
  createPartnerUser(
    @Arg('input', () => CreatePartnerUserInput) input: CreatePartnerUserInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<User> {
    return createPartnerUser(em, viewer, input);
  }

  @Mutation(() => User, {
    description:
      'Администратор ЦЗН отключает учётную запись сотрудника ведомства-партнёра: вход прекращается, сеансы завершаются',
  })
  deactivatePartnerUser(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<User> {
    return deactivatePartnerUser(em, viewer, id);
  }

  @Mutation(() => CreatedPartnerApiKey, {
    description:
      'Администратор ЦЗН выпускает ключ API ведомству; ключ показывается один раз, хранится только его хеш',
  })
  @RateLimited('partner-api-key', { perPerson: 10, perAddress: 30, windowSeconds: 600 })
  createPartnerApiKey(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('label', () => String) label: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<CreatedPartnerApiKey> {
    return createPartnerApiKey(em, viewer, agencyId, label);
  }

  @Mutation(() => PartnerApiKey, {
    description:
      'Отозвать ключ API: подграф routing перестаёт принимать его не позже чем через 30 секунд (столько он помнит проверенные ключи)',
  })
  revokePartnerApiKey(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<PartnerApiKey> {
    return revokePartnerApiKey(em, viewer, id);
  }

  /** For the routing subgraph, which partners call directly: whose key is this. Not in the client schema. */
  @Directive('@inaccessible')
  @Query(() => ID, {
    nullable: true,
    description:
      'Ведомство, которому принадлежит ключ API; null — ключ не действует. Подграф routing помнит ответ 30 секунд: отозванный ключ перестаёт действовать не позже чем через 30 секунд',
  })
  partnerApiKeyAgency(@Arg('key', () => String) key: string, @Ctx() { em }: Context): Promise<string | null> {
    return agencyOfApiKey(em, key);
  }
}
