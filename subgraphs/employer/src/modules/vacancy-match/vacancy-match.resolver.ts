import { checkPage, FIRST_PAGE, PageInput, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { EmployerLoaders } from '../../loaders';
import { checkCriteria, VacancyMatchCriteria } from './vacancy-match.inputs';
import { matchVacancies } from './vacancy-match.service';
import { VacancyMatch } from './vacancy-match.types';

/** Matching reads only the public bank and what the caller says it looks for: anyone may ask, as in the bank. */
@Resolver(() => VacancyMatch)
export class VacancyMatchResolver {
  @Query(() => [VacancyMatch], {
    description:
      'Подходящие вакансии: активные, по убыванию соответствия должности, навыкам, городу и зарплате',
  })
  vacancyMatches(
    @Arg('criteria', () => VacancyMatchCriteria) criteria: VacancyMatchCriteria,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em }: SubgraphContext<EmployerLoaders>,
  ): Promise<VacancyMatch[]> {
    return matchVacancies(em, checkCriteria(criteria), checkPage(page));
  }
}
