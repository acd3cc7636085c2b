import { useLiveEvents } from '@czn/ui';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DeskAppealProgressFragment } from '../gql/graphql';
import { JOB_CENTER_APPEALS_FEED } from './operations';

type AppealListener = (appeal: DeskAppealProgressFragment) => void;

export interface AppealFeedState {
  /** Appeals submitted while the desk was open that the operator has not opened or acknowledged yet. */
  unseen: ReadonlySet<string>;
  acknowledge(): void;
  markSeen(id: string): void;
  /** Hears every appeal the feed brings, submitted or changed; returns the way to stop. */
  listen(listener: AppealListener): () => void;
}

const AppealFeedContext = createContext<AppealFeedState | null>(null);

export function useAppealFeed(): AppealFeedState {
  const state = useContext(AppealFeedContext);
  if (!state) throw new Error('useAppealFeed outside AppealFeed');
  return state;
}

/**
 * The job centre's live feed, followed once for the whole desk: the cache takes in each appeal it brings
 * (so open pages update in place), and new ones are counted until the operator sees them.
 */
export function AppealFeed({ children }: { children: ReactNode }) {
  const [unseen, setUnseen] = useState<ReadonlySet<string>>(() => new Set());
  const listeners = useRef(new Set<AppealListener>());

  useLiveEvents(JOB_CENTER_APPEALS_FEED, {
    eventId: (data) => data.jobCenterAppealsFeed.eventId,
    onEvent: ({ jobCenterAppealsFeed: { type, appeal } }) => {
      if (type === 'SUBMITTED') setUnseen((ids) => new Set(ids).add(appeal.id));
      for (const listener of listeners.current) listener(appeal);
    },
  });

  const acknowledge = useCallback(() => setUnseen(new Set()), []);
  const markSeen = useCallback(
    (id: string) =>
      setUnseen((ids) => {
        if (!ids.has(id)) return ids;
        const rest = new Set(ids);
        rest.delete(id);
        return rest;
      }),
    [],
  );
  const listen = useCallback((listener: AppealListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const value = useMemo(
    () => ({ unseen, acknowledge, markSeen, listen }),
    [unseen, acknowledge, markSeen, listen],
  );
  return <AppealFeedContext.Provider value={value}>{children}</AppealFeedContext.Provider>;
}
