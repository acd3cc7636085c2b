import { useQuery } from '@apollo/client/react';
import {
  appealStatusLabels,
  appealWords,
  citizenServiceLabels,
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
  PartialDataNotice,
  plural,
  ResponsiveList,
  type ListColumn,
  StatusBadge,
  Unavailable,
  usePageTitle,
} from '@czn/ui';
import { Button, Input, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { AppealRowFragment, AppealStatus } from '../gql/graphql';
import { filterAppeals } from './appeal-filter';
import { MY_APPEALS } from './operations';

const statusOptions = Object.entries(appealStatusLabels).map(([value, label]) => ({ value, label }));

const columns: ListColumn<AppealRowFragment>[] = [
  {
    key: 'number',
    title: 'Номер',
    render: (appeal) => (
      <Link to={`/appeals/${appeal.id}`}>
        {appeal.number}
        {appeal.unread && <span className="czn-visually-hidden"> (есть новости)</span>}
      </Link>
    ),
  },
  { key: 'type', title: 'Услуга', render: (appeal) => citizenServiceLabels[appeal.type] },
  {
    key: 'jobCenter',
    title: 'Центр занятости',
    render: (appeal) => appeal.jobCenter?.name ?? <Unavailable />,
  },
  { key: 'status', title: 'Статус', render: (appeal) => <StatusBadge status={appeal.status} /> },
  { key: 'createdAt', title: 'Дата подачи', render: (appeal) => formatDate(appeal.createdAt) },
];

/** The citizen's proof of having applied: every appeal, unread ones bold, updated live. */
export default function MyAppealsPage() {
  usePageTitle('Мои обращения');
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MY_APPEALS, {
    fetchPolicy: 'cache-and-network',
    // The list shows even while the job centres' details are missing.
    errorPolicy: 'all',
  });
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const status = (params.get('status') as AppealStatus | null) ?? null;
  const appeals = useMemo(() => filterAppeals(data?.myAppeals ?? [], { text, status }), [data, text, status]);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        if (value) current.set(name, value);
        else current.delete(name);
        return current;
      },
      { replace: true },
    );

  if (loading && !data) return <Loading what="Загружаем обращения…" />;
  if (error && !data)
    return <ErrorState title="Не удалось загрузить обращения" error={error} onRetry={() => void refetch()} />;
  const total = data!.myAppeals.length;
  const unread = data!.myAppeals.filter((appeal) => appeal.unread).length;

  return (
    <>
      <Typography.Title level={1}>Мои обращения</Typography.Title>
      <PartialDataNotice error={error} />
      {total === 0 ? (
        <>
          <EmptyState>Вы ещё не подавали заявлений</EmptyState>
          <Button type="primary" onClick={() => void navigate('/services')}>
            Выбрать услугу
          </Button>
        </>
      ) : (
        <>
          <Typography.Paragraph>
            Всего {plural(total, appealWords)}
            {unread > 0 && `, с новостями — ${unread}`}. Статусы обновляются сами, без перезагрузки страницы.
          </Typography.Paragraph>
          <Space wrap className="czn-gap" role="search">
            <Input.Search
              aria-label="Поиск по номеру, услуге или центру занятости"
              placeholder="Номер, услуга или ЦЗН"
              allowClear
              defaultValue={text}
              onSearch={(value) => setParam('q', value.trim() || null)}
              onChange={(event) => setParam('q', event.target.value.trim() || null)}
              style={{ width: 320 }}
            />
            <Select
              aria-label="Статус"
              placeholder="Все статусы"
              allowClear
              value={status ?? undefined}
              options={statusOptions}
              onChange={(value: string | undefined) => setParam('status', value ?? null)}
              style={{ width: 220 }}
            />
          </Space>
          <ResponsiveList<AppealRowFragment>
            label="Мои обращения"
            items={appeals}
            itemKey={(appeal) => appeal.id}
            pageSize={50}
            itemClassName={(appeal) => (appeal.unread ? 'czn-unread' : '')}
            empty={<EmptyState>Нет обращений, подходящих под условия поиска</EmptyState>}
            columns={columns}
          />
        </>
      )}
    </>
  );
}
