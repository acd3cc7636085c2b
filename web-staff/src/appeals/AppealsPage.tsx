import { ErrorState, Loading, PartialDataNotice, usePageTitle } from '@czn/ui';
import { Typography } from 'antd';
import { AppealFilters } from './AppealFilters';
import { AppealsTable } from './AppealsTable';
import { useAppealFeed } from './AppealFeed';
import { useAppealFilter } from './filter';
import { NewAppealsNotice } from './NewAppealsNotice';
import { useLiveAppeals } from './useLiveAppeals';

/** «Обращения»: the job centre's appeals, newest first, live. */
export default function AppealsPage() {
  usePageTitle('Обращения');
  const [filter, setFilter] = useAppealFilter();
  const { unseen, acknowledge } = useAppealFeed();
  const { appeals, loading, error, partialError, refetch } = useLiveAppeals(filter);
  const filtered = filter.status !== null || filter.type !== null;

  return (
    <>
      <Typography.Title level={1}>Обращения</Typography.Title>
      <NewAppealsNotice count={unseen.size} onAcknowledge={acknowledge} />
      <AppealFilters filter={filter} onChange={setFilter} />
      <PartialDataNotice error={partialError} />
      {error && (
        <div className="czn-gap">
          <ErrorState title="Не удалось загрузить обращения" error={error} onRetry={() => void refetch()} />
        </div>
      )}
      {appeals ? (
        <AppealsTable
          appeals={appeals}
          unseen={unseen}
          loading={loading}
          emptyText={filtered ? 'Нет обращений по выбранным условиям' : 'Обращений пока нет'}
        />
      ) : (
        !error && <Loading what="Загружаем обращения…" />
      )}
    </>
  );
}
