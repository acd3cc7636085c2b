import { graphql } from '../gql';

/** What a row of «Мои обращения» shows; live events select it too, so rows update in place. */
export const APPEAL_ROW = graphql(`
  fragment AppealRow on Appeal {
    id
    number
    type
    status
    unread
    createdAt
    updatedAt
    jobCenter {
      id
      name
    }
  }
`);

export const APPEAL_CARD = graphql(`
  fragment AppealCard on Appeal {
    ...AppealRow
    comment
    contactPhone
    contactEmail
    result
    rejectionReason
    history {
      id
      fromStatus
      toStatus
      changedAt
      comment
    }
  }
`);

export const MY_APPEALS = graphql(`
  query MyAppeals {
    myAppeals(page: { limit: 200 }) {
      ...AppealRow
    }
  }
`);

export const APPEAL = graphql(`
  query Appeal($id: ID!) {
    appeal(id: $id) {
      ...AppealCard
      jobCenter {
        id
        address
        phone
      }
      # Not in the card's fragment: the application never changes, so live events need not carry it.
      application {
        key
        title
        fields {
          key
          label
          display
        }
      }
    }
  }
`);

export const MARK_APPEAL_READ = graphql(`
  mutation MarkAppealRead($id: ID!) {
    markAppealRead(id: $id) {
      id
      unread
    }
  }
`);

export const APPEAL_UPDATED = graphql(`
  subscription AppealUpdated($sinceEventId: ID) {
    appealUpdated(sinceEventId: $sinceEventId) {
      eventId
      type
      status
      appeal {
        ...AppealCard
      }
    }
  }
`);
