import type { SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type EmployerLoaders } from './loaders';
import { migrations } from './migrations';
import { Vacancy } from './modules/vacancy/vacancy.entity';
import { VacancyTitleWord } from './modules/vacancy-search/vacancy-title-word.entity';
import { buildSchema } from './schema';
import { seed } from './seed';

export const employer: SubgraphDefinition<EmployerLoaders> = {
  name: 'employer',
  entities: [Vacancy, VacancyTitleWord],
  migrations,
  buildSchema,
  createLoaders,
  seed,
  // Citizen adds to favourites only vacancies that exist and are published.
  acceptsCallers: { citizen: { entities: ['Vacancy'] } },
};
export { employerFixtures, type VacancyFixture } from './fixtures';
