import { entityByIdLoader, type EntityManager } from '@czn/kernel';
import { Vacancy } from './modules/vacancy/vacancy.entity';

export const createLoaders = (em: EntityManager) => ({
  vacancy: entityByIdLoader(em, Vacancy),
});

export type EmployerLoaders = ReturnType<typeof createLoaders>;
