import { graphql } from '../gql';

export const STAFF_PERSONAL_CASE = graphql(`
  fragment StaffPersonalCase on PersonalCase {
    id
    status
    purpose
    openedOn
    closedOn
    closeReason
    personalAccountNumber
    updatedAt
    citizen {
      id
      fullName
      birthDate
    }
    history {
      id
      kind
      fromStatus
      toStatus
      changedAt
      reason
      changedBy {
        id
        fullName
      }
    }
  }
`);

export const FIND_CITIZENS = graphql(`
  query FindCitizens($snils: String, $fullName: String) {
    findCitizens(snils: $snils, fullName: $fullName) {
      id
      fullName
      birthDate
      snils
    }
  }
`);

export const CITIZEN_PERSONAL_CASES = graphql(`
  query CitizenPersonalCases($citizenId: ID!) {
    citizenPersonalCases(citizenId: $citizenId) {
      here {
        ...StaffPersonalCase
      }
      elsewhere {
        jobCenter {
          id
          name
        }
      }
    }
  }
`);

export const JOB_CENTER_PERSONAL_CASES = graphql(`
  query JobCenterPersonalCases($status: PersonalCaseStatus, $page: PageInput) {
    jobCenterPersonalCases(status: $status, page: $page) {
      ...StaffPersonalCase
    }
  }
`);

export const PERSONAL_CASE = graphql(`
  query StaffPersonalCaseCard($id: ID!) {
    personalCase(id: $id) {
      ...StaffPersonalCase
    }
  }
`);

export const OPEN_PERSONAL_CASE = graphql(`
  mutation OpenPersonalCase($input: OpenPersonalCaseInput!) {
    openPersonalCase(input: $input) {
      ...StaffPersonalCase
    }
  }
`);

export const CHANGE_PERSONAL_CASE_STATUS = graphql(`
  mutation ChangePersonalCaseStatus($id: ID!, $status: PersonalCaseStatus!, $reason: String!) {
    changePersonalCaseStatus(id: $id, status: $status, reason: $reason) {
      ...StaffPersonalCase
    }
  }
`);

export const SET_PERSONAL_ACCOUNT = graphql(`
  mutation SetPersonalAccount($id: ID!, $number: String!) {
    setPersonalAccount(id: $id, number: $number) {
      ...StaffPersonalCase
    }
  }
`);

export const CLOSE_PERSONAL_CASE = graphql(`
  mutation ClosePersonalCase($id: ID!, $reason: String!) {
    closePersonalCase(id: $id, reason: $reason) {
      ...StaffPersonalCase
    }
  }
`);

export const JOB_CENTER_PERSONAL_CASES_FEED = graphql(`
  subscription JobCenterPersonalCasesFeed($sinceEventId: ID) {
    jobCenterPersonalCasesFeed(sinceEventId: $sinceEventId) {
      eventId
      type
      personalCase {
        ...StaffPersonalCase
      }
    }
  }
`);
