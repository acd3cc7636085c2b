import { useApolloClient } from '@apollo/client/react';
import { resumeStatusLabels, useLiveEvents, useToast } from '@czn/ui';
import { useState } from 'react';
import { MY_RESUMES, RESUME_UPDATED } from './operations';

/**
 * Follows the citizen's resumes while the cabinet is open. Each event carries the resume as it now is, which
 * Apollo's cache puts in place on every page showing it; the job centre's decision is announced.
 */
export function ResumeLiveUpdates() {
  const client = useApolloClient();
  const toast = useToast();
  const [announcement, setAnnouncement] = useState('');

  useLiveEvents(RESUME_UPDATED, {
    eventId: (data) => data.resumeUpdated.eventId,
    onEvent: ({ resumeUpdated: { type, status, resume } }) => {
      const list = client.cache.readQuery({ query: MY_RESUMES });
      if (list && !list.myResumes.some((row) => row.id === resume.id))
        void client.refetchQueries({ include: [MY_RESUMES] });
      if (type === 'ACCEPTED' || type === 'REJECTED') {
        const news = `Резюме «${resume.desiredPosition}»: ${resumeStatusLabels[status]}`;
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
