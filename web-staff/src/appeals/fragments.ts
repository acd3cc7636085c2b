import { graphql } from '../gql';

/*
 * The generator finds fragments by name and inlines them into every document that spreads them;
 * their types are `DeskAppealRowFragment` and `DeskAppealCardFragment` in `../gql/graphql`.
 */

/** What a row of the list shows. */
graphql(`
  fragment DeskAppealRow on Appeal {
    id
    number
    type
    status
    createdAt
    applicant {
      id
      fullName
    }
  }
`);

/**
 * Everything the appeal card shows. The feed and the mutations select it too, so that the cache,
 * normalised by `Appeal:id`, keeps the list and an open card current.
 */
graphql(`
  fragment DeskAppealCard on Appeal {
    ...DeskAppealRow
    comment
    contactPhone
    contactEmail
    result
    rejectionReason
    updatedAt
    applicant {
      id
      fullName
      phone
      email
    }
    history {
      id
      fromStatus
      toStatus
      changedAt
      comment
      changedBy {
        id
        fullName
      }
    }
  }
`);
