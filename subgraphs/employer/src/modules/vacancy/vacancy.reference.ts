import type { ReferenceResolver, SubgraphContext } from '@czn/kernel';
import type { EmployerLoaders } from '../../loaders';
import { findActiveVacancy } from './vacancy.service';

/** The same visibility as the public query: only active vacancies resolve, for any caller. */
export const resolveVacancyReference: ReferenceResolver<SubgraphContext<EmployerLoaders>> = (
  reference,
  { loaders },
) => findActiveVacancy(loaders, reference.id);
