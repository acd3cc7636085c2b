import { graphql } from '../gql';

export const MY_SETTINGS = graphql(`
  query MySettings {
    me {
      id
      fullName
      birthDate
      snils
      registrationAddress
      passport {
        series
        number
        issuedBy
        issuedOn
      }
      phone
      email
      signsInThroughEsia
    }
  }
`);

export const CHANGE_MY_EMAIL = graphql(`
  mutation ChangeMyEmail($email: String!, $password: String) {
    changeMyEmail(email: $email, password: $password) {
      id
      email
    }
  }
`);

export const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
