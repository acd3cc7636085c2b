import type { SubgraphContext } from '@czn/kernel';
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
import { PartnerAgency, PartnerApiKey } from './partner-agency.entity';
import {
  agencyOfApiKey,
  createPartnerApiKey,
  requirePartnerAdmin,
  revokePartnerApiKey,
} from './partner-api-keys';

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
    requirePartnerAdmin(viewer);
    return em.find(PartnerAgency, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [PartnerApiKey], {
    description: 'Ключи API ведомства, новые сверху; для администратора ЦЗН',
  })
  apiKeys(@Root() agency: PartnerAgency, @Ctx() { em, viewer }: Context): Promise<PartnerApiKey[]> {
    requirePartnerAdmin(viewer);
    return em.find(PartnerApiKey, { agency: agency.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @Mutation(() => CreatedPartnerApiKey, {
    description:
      'Администратор ЦЗН выпускает ключ API ведомству; ключ показывается один раз, хранится только его хеш',
  })
  createPartnerApiKey(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('label', () => String) label: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<CreatedPartnerApiKey> {
    return createPartnerApiKey(em, viewer, agencyId, label);
  }

  @Mutation(() => PartnerApiKey, {
    description: 'Отозвать ключ API: запросы с ним сразу перестают приниматься',
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
    description: 'Ведомство, которому принадлежит ключ API; null — ключ не действует',
  })
  partnerApiKeyAgency(@Arg('key', () => String) key: string, @Ctx() { em }: Context): Promise<string | null> {
    return agencyOfApiKey(em, key);
  }
}
