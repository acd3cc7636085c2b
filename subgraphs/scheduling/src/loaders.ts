import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import { JobCenter } from './modules/job-center/job-center.entity';

export const createLoaders = (em: EntityManager) => ({
  jobCenter: entityByIdLoader(em, JobCenter),
});

export type SchedulingLoaders = ReturnType<typeof createLoaders>;
