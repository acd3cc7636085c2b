import { graphql } from '../gql';

export const JOB_CENTER_APPEALS = graphql(`
  query JobCenterAppeals($status: AppealStatus, $type: AppealType, $page: PageInput!) {
    jobCenterAppeals(status: $status, type: $type, page: $page) {
      ...DeskAppealRow
    }
  }
`);

export const JOB_CENTER_APPEALS_FEED = graphql(`
  subscription JobCenterAppealsFeed($sinceEventId: ID) {
    jobCenterAppealsFeed(sinceEventId: $sinceEventId) {
      eventId
      type
      appeal {
        ...DeskAppealProgress
      }
    }
  }
`);
