import { graphql } from '../gql';

graphql(`
  fragment PartnerReferralRow on PartnerReferral {
    id
    personFullName
    purpose
    status
    outcome
    createdAt
  }
`);

graphql(`
  fragment PartnerReferralCard on PartnerReferral {
    ...PartnerReferralRow
    updatedAt
    jobCenter {
      id
      name
    }
    lifeSituation {
      id
      name
    }
  }
`);

export const PARTNER_REFERRALS = graphql(`
  query PartnerReferrals($status: PartnerReferralStatus, $page: PageInput!) {
    partnerReferrals(status: $status, page: $page) {
      ...PartnerReferralRow
    }
  }
`);

export const PARTNER_REFERRAL = graphql(`
  query PartnerReferral($id: ID!) {
    partnerReferral(id: $id) {
      ...PartnerReferralCard
    }
  }
`);

export const ACCEPT_PARTNER_REFERRAL = graphql(`
  mutation AcceptPartnerReferral($id: ID!) {
    acceptPartnerReferral(id: $id) {
      ...PartnerReferralCard
    }
  }
`);

export const RECORD_PARTNER_REFERRAL_OUTCOME = graphql(`
  mutation RecordPartnerReferralOutcome($id: ID!, $status: PartnerReferralOutcomeStatus!, $outcome: String!) {
    recordPartnerReferralOutcome(id: $id, status: $status, outcome: $outcome) {
      ...PartnerReferralCard
    }
  }
`);
