import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { SchedulingLoaders } from './loaders';
import { resolveJobCenterReference } from './modules/job-center/job-center.reference';
import { JobCenterResolver } from './modules/job-center/job-center.resolver';

export const buildSchema = () =>
  buildFederatedSchema<SubgraphContext<SchedulingLoaders>>({
    resolvers: [JobCenterResolver],
    references: { JobCenter: resolveJobCenterReference },
  });
