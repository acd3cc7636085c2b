import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { EmployerLoaders } from './loaders';
import { resolveVacancyReference } from './modules/vacancy/vacancy.reference';
import { VacancyResolver } from './modules/vacancy/vacancy.resolver';
import { VacancyMatchResolver } from './modules/vacancy-match/vacancy-match.resolver';

export const buildSchema = () =>
  buildFederatedSchema<SubgraphContext<EmployerLoaders>>({
    resolvers: [VacancyResolver, VacancyMatchResolver],
    references: { Vacancy: resolveVacancyReference },
  });
