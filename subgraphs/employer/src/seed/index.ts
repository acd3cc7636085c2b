import type { EntityManager } from '@czn/kernel';
import { Vacancy } from '../modules/vacancy/vacancy.entity';
import { demoVacancies } from './demo-vacancies';

export async function seed(em: EntityManager): Promise<void> {
  for (const vacancy of demoVacancies) {
    await em.upsert(Vacancy, vacancy);
  }
}
