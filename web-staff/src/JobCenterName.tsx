import { useQuery } from '@apollo/client/react';
import { useSignedIn } from '@czn/ui';
import { graphql } from './gql';

const JOB_CENTER = graphql(`
  query StaffJobCenter($id: ID!) {
    jobCenter(id: $id) {
      id
      name
    }
  }
`);

/** The staff member's job centre, shown under their name in the header. */
export function JobCenterName() {
  const { jobCenterId } = useSignedIn().user;
  const { data } = useQuery(JOB_CENTER, { variables: { id: jobCenterId ?? '' }, skip: !jobCenterId });
  return data?.jobCenter.name ?? null;
}
