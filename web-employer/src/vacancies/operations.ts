import { graphql } from '../gql';

/** The most the server gives in one page; an organisation rarely has more vacancies than that. */
export const VACANCIES_LIMIT = 200;

export const ORGANIZATION_VACANCIES = graphql(`
  query OrganizationVacancies($status: VacancyStatus, $page: PageInput!) {
    organizationVacancies(status: $status, page: $page) {
      id
      title
      salaryFrom
      salaryTo
      status
      createdAt
      jobCenter {
        id
        name
      }
    }
  }
`);

export const VACANCY = graphql(`
  query Vacancy($id: ID!) {
    vacancy(id: $id) {
      id
      title
      salaryFrom
      salaryTo
      employerName
      duties
      requirements
      description
      status
      createdAt
      jobCenter {
        id
        name
        address
        phone
      }
    }
  }
`);
