import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading, PartialDataNotice, usePageTitle } from '@czn/ui';
import { Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useAppealFeed } from '../appeals/AppealFeed';
import { AppealActions } from './AppealActions';
import { AppealApplication } from './AppealApplication';
import { AppealDetails } from './AppealDetails';
import { AppealHistory } from './AppealHistory';
import { APPEAL } from './operations';

/** The appeal card: what was asked, by whom, what became of it, and what the operator can do now. */
export default function AppealPage() {
  const { id = '' } = useParams();
  const listSearch = (useLocation().state as { listSearch?: string } | null)?.listSearch ?? '';
  const { markSeen } = useAppealFeed();
  const { data, error, refetch } = useQuery(APPEAL, { variables: { id }, errorPolicy: 'all' });
  const heading = useRef<HTMLHeadingElement>(null);
  const appeal = data?.appeal;
  usePageTitle(appeal ? `Обращение № ${appeal.number}` : 'Обращение');

  useEffect(() => markSeen(id), [id, markSeen]);

  return (
    <>
      <p>
        <Link to={`/appeals${listSearch}`}>← Все обращения</Link>
      </p>
      {appeal ? (
        <>
          <Typography.Title level={1} ref={heading} tabIndex={-1}>
            Обращение № {appeal.number}
          </Typography.Title>
          <PartialDataNotice error={error} />
          <AppealDetails appeal={appeal} />
          <AppealApplication application={appeal.application} />
          <AppealActions appeal={appeal} onDecided={() => heading.current?.focus()} />
          <AppealHistory history={appeal.history} />
        </>
      ) : error ? (
        <ErrorState title="Не удалось открыть обращение" error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading what="Загружаем обращение…" />
      )}
    </>
  );
}
