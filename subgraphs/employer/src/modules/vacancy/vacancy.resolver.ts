import type { SubgraphContext } from '@czn/kernel';
import { notFound } from '@czn/kernel';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { EmployerLoaders } from '../../loaders';
import { JobCenterRef } from '../job-center/job-center-ref';
import { Vacancy } from './vacancy.entity';
import { VacancyListArgs } from './vacancy.inputs';
import { findActiveVacancy, listActiveVacancies } from './vacancy.service';

/** Vacancies are public: anonymous viewers the gateway vouches for see every active one. */
@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => [Vacancy], { description: 'Активные вакансии, сначала новые' })
  vacancies(
    @Args(() => VacancyListArgs) args: VacancyListArgs,
    @Ctx() { em }: SubgraphContext<EmployerLoaders>,
  ): Promise<Vacancy[]> {
    return listActiveVacancies(em, args);
  }

  @Query(() => Vacancy, { description: 'Активная вакансия по идентификатору' })
  async vacancy(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: SubgraphContext<EmployerLoaders>,
  ): Promise<Vacancy> {
    const vacancy = await findActiveVacancy(loaders, id);
    if (!vacancy) throw notFound('Вакансия не найдена или снята с публикации');
    return vacancy;
  }

  @FieldResolver(() => JobCenterRef, { description: 'Центр занятости, разместивший вакансию' })
  jobCenter(@Root() vacancy: Vacancy): JobCenterRef {
    return { id: vacancy.jobCenterId };
  }
}
