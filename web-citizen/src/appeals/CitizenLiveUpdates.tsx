import { useApolloClient } from '@apollo/client/react';
import { appealStatusLabels, useLiveEvents, useToast } from '@czn/ui';
import { useState } from 'react';
import { APPEAL_UPDATED, MY_APPEALS } from './operations';

/**
 * Follows the citizen's appeals for as long as the cabinet is open. Each event carries the appeal as it
 * now is, which Apollo's cache puts in place on every page showing it; an appeal the list does not have
 * yet makes the list reload. Changes are announced to screen readers.
 */
export function CitizenLiveUpdates() {
  const client = useApolloClient();
  const toast = useToast();
  const [announcement, setAnnouncement] = useState('');

  useLiveEvents(APPEAL_UPDATED, {
    eventId: (data) => data.appealUpdated.eventId,
    onEvent: ({ appealUpdated: { type, status, appeal } }) => {
      const list = client.cache.readQuery({ query: MY_APPEALS });
      if (list && !list.myAppeals.some((row) => row.id === appeal.id)) {
        void client.refetchQueries({ include: [MY_APPEALS] });
      }
      if (type === 'STATUS_CHANGED') {
        const news = `Обращение № ${appeal.number}: ${appealStatusLabels[status]}`;
        setAnnouncement(news);
        void toast.info(news);
      }
    },
  });

  return (
    <div className="czn-visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
