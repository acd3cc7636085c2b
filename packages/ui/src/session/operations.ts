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

/** The link of the e-mail sent when a login was locked from an address: `/signin?unlock=<token>`. */
export const UNLOCK_SIGN_IN = graphql(`
  mutation UnlockSignIn($token: String!) {
    unlockSignIn(token: $token)
  }
`);
