import type { EntityManager } from '@czn/kernel';
import { FavoriteVacancy } from '../modules/favorite-vacancy/favorite-vacancy.entity';
import { demoFavoriteVacancies } from './demo-favorite-vacancies';

export async function seed(em: EntityManager): Promise<void> {
  for (const favorite of demoFavoriteVacancies) {
    await em.upsert(FavoriteVacancy, favorite);
  }
}
