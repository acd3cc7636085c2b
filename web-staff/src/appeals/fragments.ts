import { graphql } from '../gql';

/*
 * The generator finds fragments by name and inlines them into every document that spreads them;
 * their types are `DeskAppealRowFragment`, `DeskAppealProgressFragment` and `DeskAppealCardFragment` in `../gql/graphql`.
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
 * What changes as an appeal moves. The feed selects it, so that the cache, normalised by `Appeal:id`,
 * keeps the list and an open card current; contacts stay out of it, since personal data sent live would be
 * rendered and audited for every operator of the centre at every change.
 */
graphql(`
  fragment DeskAppealProgress on Appeal {
    ...DeskAppealRow
    comment
    result
    rejectionReason
    updatedAt
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

/** Everything the appeal card shows; its query and the mutations select it. */
graphql(`
  fragment DeskAppealCard on Appeal {
    ...DeskAppealProgress
    contactPhone
    contactEmail
    application {
      key
      title
      fields {
        key
        label
        display
      }
    }
    applicant {
      id
      fullName
      phone
      email
    }
  }
`);
