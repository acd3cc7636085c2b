import type { SubgraphContext } from '@czn/kernel';
import { isUuid, notFound } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RoutingLoaders } from '../../loaders';
import { ServiceOffering } from '../service-offering/service-offering.entity';
import { LifeSituation } from './life-situation.entity';

/** The catalogue of life situations is public: any caller the gateway vouches for may read it. */
@Resolver(() => LifeSituation)
export class LifeSituationResolver {
  @Query(() => [LifeSituation], { description: 'Жизненные ситуации, по названию' })
  lifeSituations(@Ctx() { em }: SubgraphContext<RoutingLoaders>): Promise<LifeSituation[]> {
    return em.find(LifeSituation, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => LifeSituation)
  async lifeSituation(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: SubgraphContext<RoutingLoaders>,
  ): Promise<LifeSituation> {
    const lifeSituation = isUuid(id) ? await loaders.lifeSituation.load(id) : null;
    if (!lifeSituation) throw notFound('Жизненная ситуация не найдена');
    return lifeSituation;
  }

  @FieldResolver(() => [ServiceOffering], { description: 'Рекомендуемый комплекс услуг в порядке документа' })
  offerings(
    @Root() lifeSituation: LifeSituation,
    @Ctx() { loaders }: SubgraphContext<RoutingLoaders>,
  ): Promise<ServiceOffering[]> {
    return loaders.offeringsByLifeSituation.load(lifeSituation.id);
  }
}
