import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PartnerReferralStatus } from '../gql/graphql';
import { isReferralStatus } from './status';

/** Which referrals the list shows; kept in the address as `?status=…&page=…`. */
export interface ReferralFilter {
  status: PartnerReferralStatus | null;
  /** From 1. */
  page: number;
}

/** The filter in the address; an unknown status there means none, a wrong page the first. */
export function useReferralFilter(): [ReferralFilter, (filter: ReferralFilter) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const page = Number(params.get('page'));
  const filter = useMemo(
    () => ({
      status: isReferralStatus(status) ? status : null,
      page: Number.isInteger(page) && page > 1 ? page : 1,
    }),
    [status, page],
  );
  const setFilter = useCallback(
    (next: ReferralFilter) => {
      const params = new URLSearchParams();
      if (next.status) params.set('status', next.status);
      if (next.page > 1) params.set('page', String(next.page));
      setParams(params, { replace: true });
    },
    [setParams],
  );
  return [filter, setFilter];
}
