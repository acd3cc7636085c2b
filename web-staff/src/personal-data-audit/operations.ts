import { graphql } from '../gql';

export const PERSONAL_DATA_AUDIT = graphql(`
  query PersonalDataAudit($subject: PersonalDataSubjectInput!, $page: PageInput!) {
    personalDataAudit(subject: $subject, page: $page) {
      person {
        id
        fullName
      }
      total
      entries {
        id
        occurredAt
        action
        kinds
        actorId
        actorRoles
        actor {
          fullName
        }
        service
        operation
        graphqlOperation
        clientAddress
      }
    }
  }
`);

export const PERSONAL_DATA_AUDIT_CSV = graphql(`
  query PersonalDataAuditCsv($subject: PersonalDataSubjectInput!) {
    personalDataAuditCsv(subject: $subject)
  }
`);

export const REQUEST_PERSONAL_DATA_ACCESS = graphql(`
  mutation RequestPersonalDataAccess($subject: PersonalDataSubjectInput!, $reason: String!) {
    requestPersonalDataAccess(subject: $subject, reason: $reason) {
      id
      expiresAt
    }
  }
`);
