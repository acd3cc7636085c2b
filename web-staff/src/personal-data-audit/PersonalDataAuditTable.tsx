import {
  EmptyState,
  formatDateTime,
  personalDataActionLabels,
  personalDataKindLabels,
  roleLabels,
} from '@czn/ui';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { PersonalDataAuditQuery } from '../gql/graphql';

export type AuditEntry = PersonalDataAuditQuery['personalDataAudit']['entries'][number];

export const AUDIT_PAGE_SIZE = 50;

const columns: TableColumnsType<AuditEntry> = [
  { title: 'Когда', key: 'occurredAt', render: (_, entry) => formatDateTime(entry.occurredAt) },
  { title: 'Действие', key: 'action', render: (_, entry) => personalDataActionLabels[entry.action] },
  {
    title: 'Какие данные',
    key: 'kinds',
    render: (_, entry) => entry.kinds.map((kind) => personalDataKindLabels[kind]).join(', '),
  },
  {
    title: 'Кто',
    key: 'actor',
    render: (_, entry) => (
      <>
        <span className="staff-line">{entry.actor?.fullName ?? 'не вошедший'}</span>
        {entry.actorRoles.length > 0 && (
          <Typography.Text type="secondary" className="staff-line">
            {entry.actorRoles.map((role) => roleLabels[role]).join(', ')}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    title: 'Операция',
    key: 'operation',
    render: (_, entry) => (
      <>
        <span className="staff-line">{entry.operation}</span>
        <Typography.Text type="secondary" className="staff-audit-operation">
          <small>{[entry.service, entry.graphqlOperation].filter(Boolean).join(': ')}</small>
        </Typography.Text>
      </>
    ),
  },
  { title: 'Адрес', key: 'clientAddress', render: (_, entry) => entry.clientAddress ?? '—' },
];

export interface PersonalDataAuditTableProps {
  entries: AuditEntry[];
  total: number;
  /** From 1. */
  page: number;
  onPageChange(page: number): void;
  loading: boolean;
}

/** The trail's entries, newest first, a page of the server's at a time. */
export function PersonalDataAuditTable({
  entries,
  total,
  page,
  onPageChange,
  loading,
}: PersonalDataAuditTableProps) {
  return (
    <Table<AuditEntry>
      aria-label="Записи журнала доступа к персональным данным"
      rowKey="id"
      columns={columns}
      dataSource={entries}
      loading={loading}
      locale={{ emptyText: <EmptyState>Записей нет</EmptyState> }}
      pagination={{
        current: page,
        pageSize: AUDIT_PAGE_SIZE,
        total,
        onChange: onPageChange,
        hideOnSinglePage: true,
        showSizeChanger: false,
      }}
    />
  );
}
