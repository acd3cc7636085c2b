import { citizenServiceLabels, EmptyState, formatDateTime, StatusBadge, Unavailable } from '@czn/ui';
import { Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useLocation } from 'react-router';
import type { DeskAppealRowFragment } from '../gql/graphql';

export interface AppealsTableProps {
  appeals: DeskAppealRowFragment[];
  /** New appeals not seen yet: highlighted and marked «новое». */
  unseen: ReadonlySet<string>;
  loading: boolean;
  emptyText: string;
}

/** The appeal number links to its card; the list's filters come back with «Все обращения» there. */
function AppealNumber({ appeal, isNew }: { appeal: DeskAppealRowFragment; isNew: boolean }) {
  const { search } = useLocation();
  return (
    <>
      <Link to={`/appeals/${appeal.id}`} state={{ listSearch: search }}>
        {appeal.number}
      </Link>
      {isNew && (
        <Tag color="warning" className="staff-new-tag">
          новое
        </Tag>
      )}
    </>
  );
}

const wideColumns = (unseen: ReadonlySet<string>): TableColumnsType<DeskAppealRowFragment> => [
  {
    title: 'Номер',
    key: 'number',
    render: (_, appeal) => <AppealNumber appeal={appeal} isNew={unseen.has(appeal.id)} />,
  },
  { title: 'Услуга', key: 'service', render: (_, appeal) => citizenServiceLabels[appeal.type] },
  {
    title: 'Заявитель',
    key: 'applicant',
    render: (_, appeal) => appeal.applicant?.fullName ?? <Unavailable />,
  },
  { title: 'Статус', key: 'status', render: (_, appeal) => <StatusBadge status={appeal.status} /> },
  { title: 'Дата подачи', key: 'createdAt', render: (_, appeal) => formatDateTime(appeal.createdAt) },
];

/** On a phone: what the wide table says, stacked in two columns. */
const narrowColumns = (unseen: ReadonlySet<string>): TableColumnsType<DeskAppealRowFragment> => [
  {
    title: 'Обращение',
    key: 'appeal',
    render: (_, appeal) => (
      <>
        <AppealNumber appeal={appeal} isNew={unseen.has(appeal.id)} />
        <Typography.Text className="staff-line">{citizenServiceLabels[appeal.type]}</Typography.Text>
        <Typography.Text type="secondary" className="staff-line">
          {appeal.applicant?.fullName ?? <Unavailable />}
        </Typography.Text>
      </>
    ),
  },
  {
    title: 'Статус',
    key: 'status',
    render: (_, appeal) => (
      <>
        <StatusBadge status={appeal.status} />
        <Typography.Text type="secondary" className="staff-line">
          {formatDateTime(appeal.createdAt)}
        </Typography.Text>
      </>
    ),
  },
];

export function AppealsTable({ appeals, unseen, loading, emptyText }: AppealsTableProps) {
  const { md } = Grid.useBreakpoint();
  return (
    <Table<DeskAppealRowFragment>
      aria-label="Обращения центра занятости"
      rowKey="id"
      columns={md ? wideColumns(unseen) : narrowColumns(unseen)}
      dataSource={appeals}
      loading={loading}
      rowClassName={(appeal) => (unseen.has(appeal.id) ? 'czn-arrived czn-unread' : '')}
      locale={{ emptyText: <EmptyState>{emptyText}</EmptyState> }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}
