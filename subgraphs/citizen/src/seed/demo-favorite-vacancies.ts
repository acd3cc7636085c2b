import { demoUserIds, demoVacancyIds } from '@czn/demo';

/**
 * The demo citizen Иванов keeps two vacancies in favourites: one still published, one its employer has
 * withdrawn since, which «Избранные вакансии» shows as withdrawn. Fixed ids and dates: seeding again
 * changes nothing.
 */
export const demoFavoriteVacancies = [
  {
    id: '3f8b2d64-1c7e-4a95-b0d3-000000000001',
    citizenId: demoUserIds.ivanov,
    vacancyId: demoVacancyIds.cncOperator,
    addedAt: new Date('2026-11-22T19:05:00+07:00'),
  },
  {
    id: '3f8b2d64-1c7e-4a95-b0d3-000000000002',
    citizenId: demoUserIds.ivanov,
    vacancyId: demoVacancyIds.forwardingDriver,
    addedAt: new Date('2026-11-05T08:40:00+07:00'),
  },
];
