import type { ReferenceResolver, SubgraphContext } from '@czn/kernel';
import type { EmployerLoaders } from '../../loaders';
import { findVisibleVacancy } from './vacancy.service';

/** The same visibility as the vacancy query: active vacancies for any caller, withdrawn ones for their employer. */
export const resolveVacancyReference: ReferenceResolver<SubgraphContext<EmployerLoaders>> = (
  reference,
  { loaders, viewer },
) => findVisibleVacancy(loaders, viewer, reference.id);
