import type { SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type RoutingLoaders } from './loaders';
import { migrations } from './migrations';
import { LifeSituation } from './modules/life-situation/life-situation.entity';
import { ServiceOffering } from './modules/service-offering/service-offering.entity';
import { buildSchema } from './schema';
import { seed } from './seed';

export const routing: SubgraphDefinition<RoutingLoaders> = {
  name: 'routing',
  entities: [LifeSituation, ServiceOffering],
  migrations,
  buildSchema,
  createLoaders,
  seed,
};
