import { Migration20261122100000_vacancies } from './Migration20261122100000_vacancies';
import { Migration20261201000000_vacancy_organization } from './Migration20261201000000_vacancy_organization';
import { Migration20261205130000_vacancy_columns } from './Migration20261205130000_vacancy_columns';
import { Migration20261205140000_vacancy_match } from './Migration20261205140000_vacancy_match';
import { Migration20261205131000_vacancy_search } from './Migration20261205131000_vacancy_search';
import { Migration20261205170000_vacancy_search_speed } from './Migration20261205170000_vacancy_search_speed';

export const migrations = [
  { name: 'Migration20261122100000_vacancies', class: Migration20261122100000_vacancies },
  {
    name: 'Migration20261201000000_vacancy_organization',
    class: Migration20261201000000_vacancy_organization,
  },
  { name: 'Migration20261205130000_vacancy_columns', class: Migration20261205130000_vacancy_columns },
  { name: 'Migration20261205131000_vacancy_search', class: Migration20261205131000_vacancy_search },
  { name: 'Migration20261205140000_vacancy_match', class: Migration20261205140000_vacancy_match },
  {
    name: 'Migration20261205170000_vacancy_search_speed',
    class: Migration20261205170000_vacancy_search_speed,
  },
];
