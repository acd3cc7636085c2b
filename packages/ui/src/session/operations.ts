import { graphql } from '../gql';

export const SIGN_IN = graphql(`
  mutation SignIn($login: String!, $password: String!) {
    signIn(login: $login, password: $password) {
      accessToken
      expiresAt
      user {
        id
        fullName
        roles
        jobCenterId
      }
    }
  }
`);
