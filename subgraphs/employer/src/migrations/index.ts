import { Migration20261122100000_vacancies } from './Migration20261122100000_vacancies';
import { Migration20261201000000_vacancy_organization } from './Migration20261201000000_vacancy_organization';

export const migrations = [
  { name: 'Migration20261122100000_vacancies', class: Migration20261122100000_vacancies },
  {
    name: 'Migration20261201000000_vacancy_organization',
    class: Migration20261201000000_vacancy_organization,
  },
];
