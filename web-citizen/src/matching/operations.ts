import { graphql } from '../gql';

/** The citizen's resumes with what matching compares: the position, key skills, city and salary. */
export const MATCHING_RESUMES = graphql(`
  query MatchingResumes {
    myResumes(page: { limit: 100 }) {
      id
      status
      desiredPosition
      keySkills
      city
      desiredSalary
    }
  }
`);

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
