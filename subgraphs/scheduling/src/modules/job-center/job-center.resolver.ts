import type { SubgraphContext } from '@czn/kernel';
import { notFound } from '@czn/kernel';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { SchedulingLoaders } from '../../loaders';
import { JobCenter } from './job-center.entity';

@Resolver(() => JobCenter)
export class JobCenterResolver {
  @Query(() => [JobCenter], { description: 'Центры занятости региона, по названию' })
  jobCenters(@Ctx() { em }: SubgraphContext<SchedulingLoaders>): Promise<JobCenter[]> {
    return em.find(JobCenter, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => JobCenter)
  async jobCenter(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: SubgraphContext<SchedulingLoaders>,
  ): Promise<JobCenter> {
    const jobCenter = await loaders.jobCenter.load(id);
    if (!jobCenter) throw notFound('Центр занятости не найден');
    return jobCenter;
  }
}
