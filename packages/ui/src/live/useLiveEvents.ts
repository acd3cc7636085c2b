import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useConnection, useConnectionMonitor } from './connection';

export interface LiveEventsOptions<TData> {
  /** The increasing event number the gateway gives each event (`eventId`). */
  eventId(data: TData): string;
  onEvent(data: TData): void;
}

const later = (a: string, b: string | null) => b === null || BigInt(a) > BigInt(b);

/**
 * Follows a subscription that takes `sinceEventId`. While the socket is down nothing is subscribed;
 * when it is back, the subscription resumes after the last event seen, so nothing is missed or repeated.
 * Without a cursor yet (or when the gateway cannot replay that far), the page's queries are fetched again.
 */
export function useLiveEvents<TData>(
  subscription: TypedDocumentNode<TData, { sinceEventId?: string | null }>,
  options: LiveEventsOptions<TData>,
): void {
  const client = useApolloClient();
  const monitor = useConnectionMonitor();
  const { state, generation } = useConnection();
  const lastEventId = useRef<string | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const [restarts, setRestarts] = useState(0);

  useEffect(() => {
    if (state !== 'live') return;
    const since = lastEventId.current;
    // An error because the socket closed is not the subscription's: it resumes on the next connection.
    const stale = () => {
      const now = monitor.current();
      return now.generation !== generation || now.state !== 'live';
    };
    const subscription$ = client
      .subscribe({ query: subscription, variables: { sinceEventId: since } })
      .subscribe({
        next: ({ data }) => {
          if (!data || stale()) return;
          const id = latest.current.eventId(data as TData);
          if (!later(id, lastEventId.current)) return;
          lastEventId.current = id;
          latest.current.onEvent(data as TData);
        },
        error: () => {
          if (stale()) return;
          lastEventId.current = null;
          setRestarts((n) => n + 1);
        },
      });
    if (since === null) void client.refetchObservableQueries();
    return () => subscription$.unsubscribe();
  }, [client, monitor, subscription, state, generation, restarts]);
}
