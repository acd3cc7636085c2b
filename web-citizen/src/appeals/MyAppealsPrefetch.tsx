import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { MY_APPEALS } from './operations';

/**
 * The cabinet opens on «Мои обращения»: its list and its code are asked for as soon as the session starts,
 * side by side, instead of the list waiting for the code.
 */
export function MyAppealsPrefetch({ loadPage }: { loadPage: () => Promise<unknown> }) {
  const client = useApolloClient();
  useEffect(() => {
    void loadPage();
    client.query({ query: MY_APPEALS, errorPolicy: 'all' }).catch(() => undefined);
  }, [client, loadPage]);
  return null;
}
