import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
  PartialDataNotice,
  ResponsiveList,
  type ListColumn,
  ResumeStatusTag,
  Unavailable,
  usePageTitle,
} from '@czn/ui';
import { Button, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { ResumeRowFragment } from '../gql/graphql';
import { MY_RESUMES } from './operations';

const columns: ListColumn<ResumeRowFragment>[] = [
  {
    key: 'position',
    title: 'Желаемая должность',
    render: (resume) => <Link to={`/resumes/${resume.id}`}>{resume.desiredPosition}</Link>,
  },
  {
    key: 'jobCenter',
    title: 'Центр занятости',
    render: (resume) => resume.jobCenter?.name ?? <Unavailable />,
  },
  { key: 'status', title: 'Статус', render: (resume) => <ResumeStatusTag status={resume.status} /> },
  {
    key: 'reason',
    title: 'Причина отказа',
    render: (resume) => (resume.status === 'REJECTED' ? resume.rejectionReason : '—'),
  },
  { key: 'updatedAt', title: 'Изменено', render: (resume) => formatDate(resume.updatedAt) },
];

/** «Мои резюме»: every resume with its review status, updated live when the job centre decides. */
export default function MyResumesPage() {
  usePageTitle('Мои резюме');
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MY_RESUMES, {
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });

  if (loading && !data) return <Loading what="Загружаем резюме…" />;
  if (error && !data)
    return <ErrorState title="Не удалось загрузить резюме" error={error} onRetry={() => void refetch()} />;
  const resumes = data!.myResumes;

  return (
    <>
      <Typography.Title level={1}>Мои резюме</Typography.Title>
      <PartialDataNotice error={error} />
      <Typography.Paragraph>
        Резюме проверяет центр занятости, в который оно направлено. Решение появится здесь само, без
        перезагрузки страницы.
      </Typography.Paragraph>
      <Button type="primary" className="czn-gap" onClick={() => void navigate('/resumes/new')}>
        Создать резюме
      </Button>
      {resumes.length === 0 ? (
        <EmptyState>У вас пока нет резюме</EmptyState>
      ) : (
        <ResponsiveList<ResumeRowFragment>
          label="Мои резюме"
          items={resumes}
          itemKey={(resume) => resume.id}
          pageSize={50}
          empty={<EmptyState>У вас пока нет резюме</EmptyState>}
          columns={columns}
        />
      )}
    </>
  );
}
