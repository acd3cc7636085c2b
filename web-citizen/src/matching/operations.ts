import { graphql } from '../gql';

export const VACANCY_MATCHES = graphql(`
  query VacancyMatches($criteria: VacancyMatchCriteria!) {
    vacancyMatches(criteria: $criteria, page: { limit: 20 }) {
      score
      reasons
      vacancy {
        id
        title
        employerName
        salaryFrom
        salaryTo
        city
        isFavorite
      }
    }
  }
`);
