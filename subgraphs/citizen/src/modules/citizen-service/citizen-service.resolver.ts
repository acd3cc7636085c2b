import { requireRole, type SubgraphContext } from '@czn/kernel';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { CitizenLoaders } from '../../loaders';
import { citizenServicesFor } from './citizen-service.service';
import { CitizenServiceAvailability } from './citizen-service.types';

@Resolver(() => CitizenServiceAvailability)
export class CitizenServiceResolver {
  @Query(() => [CitizenServiceAvailability], {
    description: 'Услуги гражданина по порядку и доступность каждой для вошедшего гражданина',
  })
  citizenServices(
    @Ctx() { em, viewer }: SubgraphContext<CitizenLoaders>,
  ): Promise<CitizenServiceAvailability[]> {
    return citizenServicesFor(em, requireRole(viewer, 'CITIZEN'));
  }
}
