import { checkPage, FIRST_PAGE, notFound, PageInput, type SubgraphContext } from '@czn/kernel';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { EmployerLoaders } from '../../loaders';
import { JobCenterRef } from '../federation/references';
import { requireEmployerOrganization } from '../organization/organization.access';
import { Vacancy } from './vacancy.entity';
import { VacancyStatus } from './vacancy.enums';
import { VacancyListArgs } from './vacancy.inputs';
import { findVisibleVacancy, listActiveVacancies, vacanciesOfOrganization } from './vacancy.service';

/**
 * Active vacancies are public: anonymous viewers the gateway vouches for see every one. An employer also
 * sees their organisation's withdrawn ones.
 */
@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => [Vacancy], { description: 'Активные вакансии, сначала новые' })
  vacancies(
    @Args(() => VacancyListArgs) args: VacancyListArgs,
    @Ctx() { em }: SubgraphContext<EmployerLoaders>,
  ): Promise<Vacancy[]> {
    return listActiveVacancies(em, args);
  }

  @Query(() => Vacancy, {
    description: 'Вакансия по идентификатору: активная, а работодателю и снятая вакансия его организации',
  })
  async vacancy(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders, viewer }: SubgraphContext<EmployerLoaders>,
  ): Promise<Vacancy> {
    const vacancy = await findVisibleVacancy(loaders, viewer, id);
    if (!vacancy) throw notFound('Вакансия не найдена или снята с публикации');
    return vacancy;
  }

  @Query(() => [Vacancy], {
    description: 'Все вакансии организации работодателя, в том числе снятые, сначала новые',
  })
  organizationVacancies(
    @Arg('status', () => VacancyStatus, { nullable: true, description: 'Только вакансии в этом состоянии' })
    status: VacancyStatus | null,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: SubgraphContext<EmployerLoaders>,
  ): Promise<Vacancy[]> {
    const { organizationId } = requireEmployerOrganization(viewer);
    return vacanciesOfOrganization(em, organizationId, status ?? null, checkPage(page));
  }

  @FieldResolver(() => JobCenterRef, {
    nullable: true,
    description:
      'Центр занятости, разместивший вакансию; пусто, пока сведения о центрах занятости недоступны',
  })
  jobCenter(@Root() vacancy: Vacancy): JobCenterRef {
    return { id: vacancy.jobCenterId };
  }
}
