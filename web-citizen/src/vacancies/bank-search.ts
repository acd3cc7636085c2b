import type { EmploymentType, VacancySearchQueryVariables, VacancySort, WorkSchedule } from '../gql/graphql';

export const PAGE_SIZE = 20;

/** What the bank's page searches for, kept in its address so that a search can be shared and returned to. */
export interface BankSearch {
  query: string;
  city: string | null;
  region: string | null;
  salaryFrom: number | null;
  schedules: WorkSchedule[];
  employmentTypes: EmploymentType[];
  jobCenterId: string | null;
  sort: VacancySort;
  /** From 1. */
  page: number;
}

const positive = (value: string | null) => {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : null;
};

export function readSearch(params: URLSearchParams): BankSearch {
  const query = params.get('q') ?? '';
  const sort = params.get('sort') as VacancySort | null;
  return {
    query,
    city: params.get('city'),
    region: params.get('region'),
    salaryFrom: positive(params.get('salary')),
    schedules: params.getAll('schedule') as WorkSchedule[],
    employmentTypes: params.getAll('employment') as EmploymentType[],
    jobCenterId: params.get('center'),
    sort: sort === 'SALARY' || (sort === 'RELEVANCE' && query) ? sort : 'NEWEST',
    page: positive(params.get('page')) ?? 1,
  };
}

export function writeSearch(search: BankSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.query) params.set('q', search.query);
  if (search.city) params.set('city', search.city);
  if (search.region) params.set('region', search.region);
  if (search.salaryFrom) params.set('salary', String(search.salaryFrom));
  for (const schedule of search.schedules) params.append('schedule', schedule);
  for (const type of search.employmentTypes) params.append('employment', type);
  if (search.jobCenterId) params.set('center', search.jobCenterId);
  if (search.sort !== 'NEWEST') params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function searchVariables(search: BankSearch): VacancySearchQueryVariables {
  return {
    filter: {
      query: search.query || null,
      city: search.city,
      region: search.region,
      salaryFrom: search.salaryFrom,
      schedules: search.schedules.length ? search.schedules : null,
      employmentTypes: search.employmentTypes.length ? search.employmentTypes : null,
      jobCenterId: search.jobCenterId,
    },
    sort: search.sort,
    page: { limit: PAGE_SIZE, offset: (search.page - 1) * PAGE_SIZE },
  };
}
