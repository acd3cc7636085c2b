import { graphql } from '../gql';

export const CITIZEN_SERVICES = graphql(`
  query CitizenServices {
    citizenServices {
      service
      appealType
      available
      unavailableReason
    }
  }
`);

export const APPLICATION_DATA = graphql(`
  query ApplicationData {
    me {
      id
      fullName
      phone
      email
    }
    jobCenters {
      id
      name
      city
      address
      workingHours
      coordinates {
        latitude
        longitude
      }
    }
  }
`);

export const APPLICATION_FORM = graphql(`
  query ApplicationFormOf($type: AppealType!) {
    applicationForm(type: $type) {
      type
      groups {
        key
        title
        description
        fields {
          key
          label
          kind
          required
          options {
            value
            label
          }
          maxLength
          min
          max
          maxItems
          hint
          prefill
          inputField
        }
      }
    }
  }
`);

export const SUBMIT_APPEAL = graphql(`
  mutation SubmitAppeal($input: SubmitAppealInput!) {
    submitAppeal(input: $input) {
      ...AppealRow
    }
  }
`);
