import type { EntityManager } from '@czn/kernel';
import { JobCenter } from '../modules/job-center/job-center.entity';
import { altaiJobCenters } from './altai-job-centers';

export async function seed(em: EntityManager): Promise<void> {
  for (const jobCenter of altaiJobCenters) {
    await em.upsert(JobCenter, jobCenter);
  }
}
