import { graphql } from '../gql';

/** A row of the moderation queue; live events select the card, which includes it. */
export const STAFF_RESUME_ROW = graphql(`
  fragment StaffResumeRow on Resume {
    id
    status
    desiredPosition
    fullName
    city
    submittedAt
    updatedAt
  }
`);

export const STAFF_RESUME_CARD = graphql(`
  fragment StaffResumeCard on Resume {
    ...StaffResumeRow
    fieldOfActivity
    desiredSalary
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
    birthDate
    phone
    email
    address
    rejectionReason
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
      changedBy {
        id
        fullName
      }
    }
  }
`);

export const JOB_CENTER_RESUMES = graphql(`
  query JobCenterResumes($status: ResumeStatus) {
    jobCenterResumes(status: $status, page: { limit: 200 }) {
      ...StaffResumeRow
    }
  }
`);

export const STAFF_RESUME = graphql(`
  query StaffResume($id: ID!) {
    resume(id: $id) {
      ...StaffResumeCard
    }
  }
`);

export const ACCEPT_RESUME = graphql(`
  mutation AcceptResume($id: ID!) {
    acceptResume(id: $id) {
      ...StaffResumeCard
    }
  }
`);

export const REJECT_RESUME = graphql(`
  mutation RejectResume($id: ID!, $reason: String!) {
    rejectResume(id: $id, reason: $reason) {
      ...StaffResumeCard
    }
  }
`);

export const JOB_CENTER_RESUMES_FEED = graphql(`
  subscription JobCenterResumesFeed($sinceEventId: ID) {
    jobCenterResumesFeed(sinceEventId: $sinceEventId) {
      eventId
      type
      status
      resume {
        ...StaffResumeCard
      }
    }
  }
`);
