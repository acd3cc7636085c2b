import { graphql } from '../gql';

export const VACANCY_SEARCH = graphql(`
  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {
    vacancySearch(filter: $filter, sort: $sort, page: $page) {
      total
      totalExceedsLimit
      bySimilarSpelling
      items {
        id
        title
        salaryFrom
        salaryTo
        employerName
        city
        region
        schedule
        employmentType
        createdAt
        isFavorite
      }
    }
  }
`);

export const VACANCY_CARD = graphql(`
  query VacancyCard($id: ID!) {
    vacancy(id: $id) {
      id
      title
      salaryFrom
      salaryTo
      employerName
      city
      region
      schedule
      employmentType
      duties
      requirements
      description
      createdAt
      isFavorite
      jobCenter {
        id
        name
        address
        phone
      }
    }
  }
`);

export const LOCALITIES = graphql(`
  query Localities($search: String, $region: String) {
    localities(search: $search, region: $region, limit: 20) {
      name
      region
    }
  }
`);

/** What the filters choose from: regions and job centres. */
export const BANK_FILTER_OPTIONS = graphql(`
  query BankFilterOptions {
    localityRegions
    jobCenters {
      id
      name
    }
  }
`);
