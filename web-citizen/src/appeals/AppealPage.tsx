import { useMutation, useQuery } from '@apollo/client/react';
import {
  appealStatusLabels,
  ApplicationAnswers,
  citizenServiceLabels,
  ErrorState,
  formatDateTime,
  Loading,
  PartialDataNotice,
  StatusBadge,
  UNAVAILABLE_TEXT,
  usePageTitle,
} from '@czn/ui';
import { Alert, Breadcrumb, Descriptions, Steps, Timeline, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import type { AppealCardFragment, AppealStatus } from '../gql/graphql';
import { APPEAL, MARK_APPEAL_READ } from './operations';

const journey: AppealStatus[] = ['REGISTERED', 'IN_PROGRESS', 'COMPLETED'];

/** Where the appeal is on its way: Зарегистрировано → В работе → Исполнено (or Отказано). */
function AppealSteps({ status }: { status: AppealStatus }) {
  const rejected = status === 'REJECTED';
  const steps: AppealStatus[] = rejected ? ['REGISTERED', 'REJECTED'] : journey;
  return (
    <Steps
      className="czn-gap"
      current={steps.indexOf(status)}
      status={rejected ? 'error' : status === 'COMPLETED' ? 'finish' : 'process'}
      items={steps.map((step) => ({ title: appealStatusLabels[step] }))}
    />
  );
}

function Outcome({ appeal }: { appeal: AppealCardFragment }) {
  if (appeal.status === 'COMPLETED' && appeal.result) {
    return (
      <Alert
        type="success"
        showIcon
        title="Результат оказания услуги"
        description={appeal.result}
        className="czn-gap"
      />
    );
  }
  if (appeal.status === 'REJECTED' && appeal.rejectionReason) {
    return (
      <Alert
        type="error"
        showIcon
        title="Причина отказа"
        description={appeal.rejectionReason}
        className="czn-gap"
      />
    );
  }
  return null;
}

function History({ history }: { history: AppealCardFragment['history'] }) {
  return (
    <Timeline
      items={history.map((change) => ({
        key: change.id,
        content: (
          <>
            <strong>{appealStatusLabels[change.toStatus]}</strong> — {formatDateTime(change.changedAt)}
            {change.comment && <div>{change.comment}</div>}
          </>
        ),
      }))}
    />
  );
}

export default function AppealPage() {
  const id = useParams().id!;
  const { data, loading, error, refetch } = useQuery(APPEAL, { variables: { id }, errorPolicy: 'all' });
  const [markRead] = useMutation(MARK_APPEAL_READ);
  const appeal = data?.appeal;
  usePageTitle(appeal ? `Обращение № ${appeal.number}` : 'Обращение');

  // Opening the card reads its news, including news that arrives while it is open.
  useEffect(() => {
    if (appeal?.unread) void markRead({ variables: { id: appeal.id } });
  }, [appeal?.id, appeal?.unread, markRead]);

  if (loading) return <Loading what="Загружаем обращение…" />;
  if (!appeal) {
    return (
      <ErrorState
        title="Не удалось открыть обращение"
        error={error ?? new Error('Обращение не найдено')}
        onRetry={() => void refetch()}
      />
    );
  }

  return (
    <>
      <Breadcrumb
        className="czn-gap"
        items={[{ title: <Link to="/appeals">Мои обращения</Link> }, { title: `№ ${appeal.number}` }]}
      />
      <Typography.Title level={1}>Обращение № {appeal.number}</Typography.Title>
      <PartialDataNotice error={error} />
      <div role="status" aria-live="polite" aria-atomic="true" className="czn-gap">
        Статус: <StatusBadge status={appeal.status} />
      </div>
      <AppealSteps status={appeal.status} />
      <Outcome appeal={appeal} />
      <Descriptions
        bordered
        column={{ xs: 1, md: 2 }}
        className="czn-gap"
        items={[
          { key: 'service', label: 'Услуга', children: citizenServiceLabels[appeal.type] },
          {
            key: 'jobCenter',
            label: 'Центр занятости',
            children: appeal.jobCenter
              ? `${appeal.jobCenter.name}, ${appeal.jobCenter.address}`
              : UNAVAILABLE_TEXT,
          },
          { key: 'createdAt', label: 'Подано', children: formatDateTime(appeal.createdAt) },
          { key: 'updatedAt', label: 'Изменено', children: formatDateTime(appeal.updatedAt) },
          { key: 'phone', label: 'Контактный телефон', children: appeal.contactPhone },
          { key: 'email', label: 'Электронная почта', children: appeal.contactEmail ?? '—' },
          { key: 'comment', label: 'Комментарий', children: appeal.comment ?? '—', span: 'filled' },
        ]}
      />
      {appeal.application.length > 0 && (
        <section aria-labelledby="appeal-application">
          <Typography.Title level={2} id="appeal-application">
            Заявление
          </Typography.Title>
          <ApplicationAnswers groups={appeal.application} />
        </section>
      )}
      <section aria-labelledby="appeal-history">
        <Typography.Title level={2} id="appeal-history">
          История
        </Typography.Title>
        <History history={appeal.history} />
      </section>
    </>
  );
}
