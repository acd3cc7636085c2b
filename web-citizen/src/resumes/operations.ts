import { graphql } from '../gql';

/** What a row of «Мои резюме» shows; live events select it too, so rows update in place. */
export const RESUME_ROW = graphql(`
  fragment ResumeRow on Resume {
    id
    status
    desiredPosition
    desiredSalary
    city
    rejectionReason
    createdAt
    updatedAt
    jobCenter {
      id
      name
    }
  }
`);

/** Everything the editor fills in, as the citizen saved it. */
export const RESUME_CARD = graphql(`
  fragment ResumeCard on Resume {
    ...ResumeRow
    fieldOfActivity
    educations {
      level
      institution
      specialty
      graduationYear
    }
    experiences {
      organization
      position
      from
      to
      duties
    }
    keySkills
    about
    fullName
    birthDate
    phone
    email
    address
    consent {
      publish
      publishName
      publishAddress
      publishPhone
      publishAge
    }
    history {
      id
      fromStatus
      toStatus
      changedAt
      reason
    }
  }
`);

export const MY_RESUMES = graphql(`
  query MyResumes {
    myResumes(page: { limit: 100 }) {
      ...ResumeRow
    }
  }
`);

export const RESUME = graphql(`
  query Resume($id: ID!) {
    resume(id: $id) {
      ...ResumeCard
    }
  }
`);

/** The profile that prefills a new resume's contacts, and the job centres to send it to. */
export const RESUME_FORM_DATA = graphql(`
  query ResumeFormData {
    me {
      id
      fullName
      phone
      email
      birthDate
      registrationAddress
    }
    jobCenters {
      id
      name
      city
      address
    }
  }
`);

export const CREATE_RESUME = graphql(`
  mutation CreateResume($input: CreateResumeInput!) {
    createResume(input: $input) {
      ...ResumeCard
    }
  }
`);

export const UPDATE_RESUME = graphql(`
  mutation UpdateResume($id: ID!, $input: ResumeInput!) {
    updateResume(id: $id, input: $input) {
      ...ResumeCard
    }
  }
`);

export const RESUME_UPDATED = graphql(`
  subscription ResumeUpdated($sinceEventId: ID) {
    resumeUpdated(sinceEventId: $sinceEventId) {
      eventId
      type
      status
      resume {
        ...ResumeCard
      }
    }
  }
`);

export const WITHDRAW_RESUME = graphql(`
  mutation WithdrawResume($id: ID!) {
    withdrawResume(id: $id) {
      ...ResumeCard
    }
  }
`);
