import { checkPage, FIRST_PAGE, PageInput, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { EmployerLoaders } from '../../loaders';
import { VacancySearchInput, VacancySearchResult, VacancySort } from './vacancy-search.inputs';
import { searchVacancies } from './vacancy-search.service';

/** The vacancy bank is public: anyone, anonymous viewers included, searches active vacancies. */
@Resolver()
export class VacancySearchResolver {
  @Query(() => VacancySearchResult, {
    description: 'Банк вакансий: поиск среди активных вакансий по словам и фильтрам, страница и общее число',
  })
  vacancySearch(
    @Arg('filter', () => VacancySearchInput, { nullable: true, description: 'Слова и фильтры' })
    filter: VacancySearchInput | null,
    @Arg('sort', () => VacancySort, { defaultValue: VacancySort.NEWEST, description: 'Порядок вакансий' })
    sort: VacancySort,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em }: SubgraphContext<EmployerLoaders>,
  ): Promise<VacancySearchResult> {
    return searchVacancies(em, filter ?? {}, sort, checkPage(page));
  }
}
