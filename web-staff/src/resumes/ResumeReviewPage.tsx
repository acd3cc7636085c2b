import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading, resumeEventTypeLabels, useLiveEvents, usePageTitle } from '@czn/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { JOB_CENTER_RESUMES_FEED, STAFF_RESUME } from './operations';
import { ResumeReview } from './ResumeReview';

/** The resume card of the moderation queue, kept current as the citizen edits it. */
export default function ResumeReviewPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(STAFF_RESUME, { variables: { id }, errorPolicy: 'all' });
  const [news, setNews] = useState('');
  const resume = data?.resume;
  usePageTitle(resume ? `Резюме «${resume.desiredPosition}»` : 'Резюме');

  // Each event carries the resume as it now is, which the cache puts on this page; the citizen's edits are said.
  useLiveEvents(JOB_CENTER_RESUMES_FEED, {
    eventId: (event) => event.jobCenterResumesFeed.eventId,
    onEvent: ({ jobCenterResumesFeed: { type, resume: changed } }) => {
      if (changed.id === id && (type === 'EDITED' || type === 'RESUBMITTED'))
        setNews(resumeEventTypeLabels[type]);
    },
  });

  return (
    <>
      <p>
        <Link to="/resumes">← Очередь проверки</Link>
      </p>
      {resume ? (
        <ResumeReview resume={resume} news={news} error={error} />
      ) : error ? (
        <ErrorState title="Не удалось открыть резюме" error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading what="Загружаем резюме…" />
      )}
    </>
  );
}
