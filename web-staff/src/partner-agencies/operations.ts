import { graphql } from '../gql';

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
