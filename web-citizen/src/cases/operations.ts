import { graphql } from '../gql';

export const PERSONAL_CASE_ROW = graphql(`
  fragment PersonalCaseRow on PersonalCase {
    id
    status
    purpose
    openedOn
    closedOn
    closeReason
    personalAccountNumber
    jobCenter {
      id
      name
    }
  }
`);

export const MY_PERSONAL_CASES = graphql(`
  query MyPersonalCases {
    myPersonalCases {
      ...PersonalCaseRow
    }
  }
`);

export const PERSONAL_CASE_UPDATED = graphql(`
  subscription MyPersonalCasesUpdated($sinceEventId: ID) {
    myPersonalCasesUpdated(sinceEventId: $sinceEventId) {
      eventId
      type
      status
      personalCase {
        ...PersonalCaseRow
      }
    }
  }
`);
