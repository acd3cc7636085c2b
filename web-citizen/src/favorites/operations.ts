import { graphql } from '../gql';

/** What «Избранные вакансии» shows of each vacancy; a withdrawn one too, with its status. */
export const FAVORITE_VACANCY_ROW = graphql(`
  fragment FavoriteVacancyRow on FavoriteVacancy {
    id
    addedAt
    vacancy {
      id
      title
      employerName
      salaryFrom
      salaryTo
      city
      status
      isFavorite
    }
  }
`);

export const MY_FAVORITE_VACANCIES = graphql(`
  query MyFavoriteVacancies {
    myFavoriteVacancies(page: { limit: 200 }) {
      ...FavoriteVacancyRow
    }
  }
`);

export const ADD_FAVORITE_VACANCY = graphql(`
  mutation AddFavoriteVacancy($vacancyId: ID!) {
    addFavoriteVacancy(vacancyId: $vacancyId) {
      id
      vacancy {
        id
        isFavorite
      }
    }
  }
`);

export const REMOVE_FAVORITE_VACANCY = graphql(`
  mutation RemoveFavoriteVacancy($vacancyId: ID!) {
    removeFavoriteVacancy(vacancyId: $vacancyId)
  }
`);
