import { graphql } from '../gql';

export const ACTIVATION_STATUS = graphql(`
  query ActivationStatus($code: String!) {
    activationStatus(code: $code) {
      state
      message
      organizationName
      fullName
      expiresAt
    }
  }
`);

export const ACTIVATE_EMPLOYER = graphql(`
  mutation ActivateEmployer($code: String!, $login: String!, $password: String!) {
    activateEmployer(code: $code, login: $login, password: $password) {
      login
      organizationName
    }
  }
`);
