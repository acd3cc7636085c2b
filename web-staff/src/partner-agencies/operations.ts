import { graphql } from '../gql';

graphql(`
  fragment PartnerAgencyUser on User {
    id
    fullName
    login
    email
    active
  }
`);

export const PARTNER_AGENCIES = graphql(`
  query PartnerAgencies {
    partnerAgencies {
      id
      name
      kind
      apiKeys {
        id
        label
        prefix
        createdAt
        revokedAt
      }
      users {
        ...PartnerAgencyUser
      }
    }
  }
`);

export const CREATE_PARTNER_API_KEY = graphql(`
  mutation CreatePartnerApiKey($agencyId: ID!, $label: String!) {
    createPartnerApiKey(agencyId: $agencyId, label: $label) {
      apiKey {
        id
        label
        prefix
        createdAt
        revokedAt
      }
      key
    }
  }
`);

export const REVOKE_PARTNER_API_KEY = graphql(`
  mutation RevokePartnerApiKey($id: ID!) {
    revokePartnerApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const CREATE_PARTNER_USER = graphql(`
  mutation CreatePartnerUser($input: CreatePartnerUserInput!) {
    createPartnerUser(input: $input) {
      ...PartnerAgencyUser
    }
  }
`);

export const DEACTIVATE_PARTNER_USER = graphql(`
  mutation DeactivatePartnerUser($id: ID!) {
    deactivatePartnerUser(id: $id) {
      id
      active
    }
  }
`);
