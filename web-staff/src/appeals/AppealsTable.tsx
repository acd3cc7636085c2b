import {
  citizenServiceLabels,
  EmptyState,
  formatDateTime,
  ResponsiveList,
  StatusBadge,
  Unavailable,
  type ListColumn,
} from '@czn/ui';
import { Tag } from 'antd';
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

const columns = (unseen: ReadonlySet<string>): ListColumn<DeskAppealRowFragment>[] => [
  {
    key: 'number',
    title: 'Номер',
    render: (appeal) => <AppealNumber appeal={appeal} isNew={unseen.has(appeal.id)} />,
  },
  { key: 'service', title: 'Услуга', render: (appeal) => citizenServiceLabels[appeal.type] },
  { key: 'applicant', title: 'Заявитель', render: (appeal) => appeal.applicant?.fullName ?? <Unavailable /> },
  { key: 'status', title: 'Статус', render: (appeal) => <StatusBadge status={appeal.status} /> },
  { key: 'createdAt', title: 'Дата подачи', render: (appeal) => formatDateTime(appeal.createdAt) },
];

export function AppealsTable({ appeals, unseen, loading, emptyText }: AppealsTableProps) {
  return (
    <ResponsiveList<DeskAppealRowFragment>
      label="Обращения центра занятости"
      items={appeals}
      itemKey={(appeal) => appeal.id}
      columns={columns(unseen)}
      loading={loading}
      itemClassName={(appeal) => (unseen.has(appeal.id) ? 'czn-arrived czn-unread' : '')}
      empty={<EmptyState>{emptyText}</EmptyState>}
      pageSize={20}
    />
  );
}
