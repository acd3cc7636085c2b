import { badUserInput, isUuid, type EntityManager, type PageInput } from '@czn/kernel';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { requireUuid } from '../appeal/appeal.inputs';
import type { VacancyDirectory, VacancyState } from '../federation/employer-subgraph';
import { FavoriteVacancy } from './favorite-vacancy.entity';

/** The citizen's favourites, the most recently added first. */
export function favoritesOf(
  em: EntityManager,
  citizenId: string,
  page: PageInput,
): Promise<FavoriteVacancy[]> {
  return em.find(
    FavoriteVacancy,
    { citizenId },
    { orderBy: { addedAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
  );
}

/** Refuses a vacancy the bank does not publish; employer, which owns vacancies, says which it does. */
async function requirePublishedVacancy(vacancies: VacancyDirectory, vacancyId: string): Promise<void> {
  let status: VacancyState | null;
  try {
    status = (await vacancies.vacancySummaries([vacancyId])).get(vacancyId)?.status ?? null;
  } catch {
    throw new GraphQLError(
      'Не удалось проверить вакансию: сведения о вакансиях временно недоступны. Повторите через минуту',
      { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'employer' } },
    );
  }
  if (status === null)
    throw badUserInput('vacancyId', 'Такой вакансии нет: выберите вакансию в банке вакансий');
  if (status === 'WITHDRAWN')
    throw badUserInput('vacancyId', 'Вакансия снята с публикации: добавить её в избранное нельзя');
}

/**
 * Adds a published vacancy to the citizen's favourites. Idempotent: a vacancy already there stays one row
 * with its first date, even after its employer withdrew it.
 */
export async function addFavoriteVacancy(
  em: EntityManager,
  vacancies: VacancyDirectory,
  citizenId: string,
  vacancyIdArgument: string,
): Promise<FavoriteVacancy> {
  const vacancyId = requireUuid('vacancyId', vacancyIdArgument, 'Вакансия');
  const earlier = () => em.fork().findOne(FavoriteVacancy, { citizenId, vacancyId });
  const existing = await earlier();
  if (existing) return existing;
  await requirePublishedVacancy(vacancies, vacancyId);
  try {
    return await em.transactional(async (tx) =>
      tx.create(FavoriteVacancy, { citizenId, vacancyId, addedAt: new Date() }),
    );
  } catch (error) {
    // A second add that raced the first gets the row the first one made.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const added = await earlier();
    if (!added) throw error;
    return added;
  }
}

/** Removes the vacancy from the citizen's own favourites; false when it was not there. */
export async function removeFavoriteVacancy(
  em: EntityManager,
  citizenId: string,
  vacancyIdArgument: string,
): Promise<boolean> {
  const vacancyId = requireUuid('vacancyId', vacancyIdArgument, 'Вакансия');
  const removed = await em.transactional((tx) => tx.nativeDelete(FavoriteVacancy, { citizenId, vacancyId }));
  return removed > 0;
}

export interface FavoriteQuestion {
  citizenId: string;
  vacancyId: string;
}

/** Whether each vacancy is among the citizen's favourites: one statement for a request's page of vacancies. */
export const favoriteFlagsLoader = (em: EntityManager) =>
  new DataLoader<FavoriteQuestion, boolean, string>(
    async (questions) => {
      const byCitizen = new Map<string, string[]>();
      for (const { citizenId, vacancyId } of questions)
        if (isUuid(vacancyId)) byCitizen.set(citizenId, [...(byCitizen.get(citizenId) ?? []), vacancyId]);
      const favorites = new Set<string>();
      for (const [citizenId, vacancyIds] of byCitizen) {
        const rows = await em.find(
          FavoriteVacancy,
          { citizenId, vacancyId: { $in: vacancyIds } },
          { fields: ['vacancyId'] },
        );
        for (const row of rows) favorites.add(`${citizenId}/${row.vacancyId.toLowerCase()}`);
      }
      return questions.map(({ citizenId, vacancyId }) =>
        favorites.has(`${citizenId}/${vacancyId.toLowerCase()}`),
      );
    },
    { cacheKeyFn: ({ citizenId, vacancyId }) => `${citizenId}/${vacancyId}` },
  );
