import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { EmployerLoaders } from './loaders';
import { LocalityResolver } from './modules/locality/locality.resolver';
import { VacancySearchResolver } from './modules/vacancy-search/vacancy-search.resolver';
import { resolveVacancyReference } from './modules/vacancy/vacancy.reference';
import { VacancyResolver } from './modules/vacancy/vacancy.resolver';
import { VacancyMatchResolver } from './modules/vacancy-match/vacancy-match.resolver';

export const buildSchema = () =>
  buildFederatedSchema<SubgraphContext<EmployerLoaders>>({
    resolvers: [VacancyResolver, VacancySearchResolver, LocalityResolver, VacancyMatchResolver],
    references: { Vacancy: resolveVacancyReference },
  });
