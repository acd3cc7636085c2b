import { Migration20261122100000_vacancies } from './Migration20261122100000_vacancies';

export const migrations = [
  { name: 'Migration20261122100000_vacancies', class: Migration20261122100000_vacancies },
];
