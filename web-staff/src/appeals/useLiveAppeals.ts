import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useAppealFeed } from './AppealFeed';
import type { AppealFilter } from './filter';
import { JOB_CENTER_APPEALS } from './operations';
import { placeInList } from './placeInList';

/** The newest appeals are loaded; older ones wait for paging on the server. */
const PAGE = { limit: 200, offset: 0 };

/**
 * The job centre's appeals under a filter, newest first, kept current by the feed. Fetched again on
 * every visit, since the feed is not followed into lists that are not on screen.
 */
export function useLiveAppeals(filter: AppealFilter) {
  const client = useApolloClient();
  const { listen } = useAppealFeed();
  const variables = useMemo(() => ({ ...filter, page: PAGE }), [filter]);
  const { data, previousData, loading, error, refetch } = useQuery(JOB_CENTER_APPEALS, {
    variables,
    fetchPolicy: 'cache-and-network',
    // The desk shows even while the applicants' names are missing.
    errorPolicy: 'all',
  });

  useEffect(
    () =>
      listen((appeal) =>
        client.cache.updateQuery({ query: JOB_CENTER_APPEALS, variables }, (cached) => {
          const placed = cached && placeInList(cached.jobCenterAppeals, appeal, filter, PAGE.limit);
          return placed ? { jobCenterAppeals: placed } : undefined;
        }),
      ),
    [client, listen, variables, filter],
  );

  return {
    appeals: (data ?? previousData)?.jobCenterAppeals,
    loading: loading && data === undefined,
    /** The list could not be loaded. */
    error: data === undefined ? error : undefined,
    /** The list arrived with some of its parts missing (applicants' names, say). */
    partialError: data === undefined ? undefined : error,
    refetch,
  };
}
