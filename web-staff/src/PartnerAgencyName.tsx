import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';

const MY_PARTNER_AGENCY = graphql(`
  query MyPartnerAgency {
    me {
      id
      partnerAgency {
        id
        name
      }
    }
  }
`);

/** The partner agency of its employee, shown under their name in the header. */
export function PartnerAgencyName() {
  const { data } = useQuery(MY_PARTNER_AGENCY);
  return data?.me.partnerAgency?.name ?? null;
}
