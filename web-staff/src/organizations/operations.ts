import { graphql } from '../gql';

export const ORGANIZATIONS = graphql(`
  query Organizations($search: String) {
    organizations(search: $search) {
      id
      name
      shortName
      inn
      kpp
      ogrn
      createdAt
      representatives {
        id
        fullName
        email
        activation {
          state
          sentAt
          expiresAt
        }
      }
    }
  }
`);

export const REGISTER_ORGANIZATION = graphql(`
  mutation RegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      expiresAt
      emailSent
      organization {
        id
        shortName
      }
      representative {
        id
        email
      }
    }
  }
`);

export const RESEND_ACTIVATION = graphql(`
  mutation ResendActivation($userId: ID!) {
    resendActivation(userId: $userId) {
      expiresAt
      emailSent
      representative {
        id
        email
        activation {
          state
          sentAt
          expiresAt
        }
      }
    }
  }
`);

export const ADD_ORGANIZATION_REPRESENTATIVE = graphql(`
  mutation AddOrganizationRepresentative($organizationId: ID!, $input: NewRepresentativeInput!) {
    addOrganizationRepresentative(organizationId: $organizationId, input: $input) {
      expiresAt
      emailSent
      representative {
        id
        fullName
        email
      }
    }
  }
`);
