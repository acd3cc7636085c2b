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

export const SUBMIT_APPEAL = graphql(`
  mutation SubmitAppeal($input: SubmitAppealInput!) {
    submitAppeal(input: $input) {
      ...AppealRow
    }
  }
`);
