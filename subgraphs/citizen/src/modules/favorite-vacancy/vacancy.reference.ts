import type { ReferenceResolver } from '@czn/kernel';
import type { Vacancy } from './vacancy.extension';

/** Citizen holds only the vacancy's key; `isFavorite` answers for the viewer alone. */
export const resolveVacancyReference: ReferenceResolver<unknown> = (reference): Vacancy => ({
  id: reference.id,
});
