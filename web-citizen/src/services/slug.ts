import type { CitizenService } from '../gql/graphql';

/** `JOB_SEARCH_ASSISTANCE` ↔ `job-search-assistance`, for readable addresses of the application forms. */
export const serviceSlug = (service: CitizenService): string => service.toLowerCase().replaceAll('_', '-');

export const serviceFromSlug = (slug: string | undefined): string =>
  (slug ?? '').toUpperCase().replaceAll('-', '_');
