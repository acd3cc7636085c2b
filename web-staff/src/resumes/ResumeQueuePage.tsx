import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  formatDateTime,
  Loading,
  PartialDataNotice,
  ResponsiveList,
  type ListColumn,
  resumeEventTypeLabels,
  resumeStatusLabels,
  ResumeStatusTag,
  useLiveEvents,
  usePageTitle,
} from '@czn/ui';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ResumeStatus, StaffResumeRowFragment } from '../gql/graphql';
import { JOB_CENTER_RESUMES, JOB_CENTER_RESUMES_FEED } from './operations';

const statusOptions = Object.entries(resumeStatusLabels).map(([value, label]) => ({ value, label }));

const columns: ListColumn<StaffResumeRowFragment>[] = [
  {
    key: 'position',
    title: 'Желаемая должность',
    render: (resume) => <Link to={`/resumes/${resume.id}`}>{resume.desiredPosition}</Link>,
  },
  { key: 'fullName', title: 'Соискатель', render: (resume) => resume.fullName },
  { key: 'city', title: 'Город', render: (resume) => resume.city ?? '—' },
  { key: 'status', title: 'Статус', render: (resume) => <ResumeStatusTag status={resume.status} /> },
  { key: 'submittedAt', title: 'Отправлено', render: (resume) => formatDateTime(resume.submittedAt) },
];

/**
 * The job centre's moderation queue: resumes waiting for review, the longest waiting first. New and
 * resubmitted resumes appear as the citizens send them, and are announced.
 */
export default function ResumeQueuePage() {
  usePageTitle('Проверка резюме');
  const [params, setParams] = useSearchParams();
  const status = ((params.get('status') as ResumeStatus | 'ALL' | null) ?? 'PENDING_REVIEW') as
    ResumeStatus | 'ALL';
  const variables = { status: status === 'ALL' ? null : status };
  const { data, loading, error, refetch } = useQuery(JOB_CENTER_RESUMES, {
    variables,
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const [announcement, setAnnouncement] = useState('');

  useLiveEvents(JOB_CENTER_RESUMES_FEED, {
    eventId: (event) => event.jobCenterResumesFeed.eventId,
    onEvent: ({ jobCenterResumesFeed: { type, resume } }) => {
      void refetch();
      if (type === 'SUBMITTED' || type === 'RESUBMITTED')
        setAnnouncement(`${resumeEventTypeLabels[type]}: «${resume.desiredPosition}»`);
    },
  });

  return (
    <>
      <Typography.Title level={1}>Проверка резюме</Typography.Title>
      <div role="status" aria-live="polite" className="czn-visually-hidden">
        {announcement}
      </div>
      <Typography.Paragraph>
        Новые и исправленные резюме появляются здесь сами, без перезагрузки страницы. Дольше ждущие — сверху.
      </Typography.Paragraph>
      <Select
        aria-label="Статус"
        className="czn-gap"
        value={status}
        options={[...statusOptions, { value: 'ALL', label: 'Все резюме' }]}
        onChange={(value: string) =>
          setParams(
            (current) => {
              current.set('status', value);
              return current;
            },
            { replace: true },
          )
        }
        style={{ width: 240 }}
      />
      <PartialDataNotice error={error} />
      {loading && !data ? (
        <Loading what="Загружаем резюме…" />
      ) : !data ? (
        <ErrorState title="Не удалось загрузить резюме" error={error} onRetry={() => void refetch()} />
      ) : (
        <ResponsiveList<StaffResumeRowFragment>
          label="Резюме"
          items={data.jobCenterResumes}
          itemKey={(resume) => resume.id}
          pageSize={50}
          empty={<EmptyState>Резюме в этом статусе нет</EmptyState>}
          columns={columns}
        />
      )}
    </>
  );
}
