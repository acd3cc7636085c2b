import type { SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type SchedulingLoaders } from './loaders';
import { migrations } from './migrations';
import { JobCenter } from './modules/job-center/job-center.entity';
import { buildSchema } from './schema';
import { seed } from './seed';

export const scheduling: SubgraphDefinition<SchedulingLoaders> = {
  name: 'scheduling',
  entities: [JobCenter],
  migrations,
  buildSchema,
  createLoaders,
  seed,
  // Citizen refuses appeals to a job centre the region does not have.
  acceptsCallers: { citizen: { entities: ['JobCenter'] } },
};
export { schedulingFixtures } from './fixtures';
