import { EmptyState, formatDateTime } from '@czn/ui';
import { Table, type TableColumnsType } from 'antd';
import { Link, useLocation } from 'react-router';
import type { PartnerReferralRowFragment } from '../gql/graphql';
import { ReferralStatusBadge } from './status';

/** The citizen's name links to the referral's card; «Все направления» there brings the list's filter back. */
function CitizenLink({ referral }: { referral: PartnerReferralRowFragment }) {
  const { search } = useLocation();
  return (
    <Link to={`/referrals/${referral.id}`} state={{ listSearch: search }}>
      {referral.personFullName}
    </Link>
  );
}

const columns: TableColumnsType<PartnerReferralRowFragment> = [
  { title: 'Когда', key: 'createdAt', render: (_, referral) => formatDateTime(referral.createdAt) },
  { title: 'Гражданин', key: 'person', render: (_, referral) => <CitizenLink referral={referral} /> },
  {
    title: 'Цель',
    key: 'purpose',
    render: (_, referral) => <span className="staff-clamp">{referral.purpose}</span>,
  },
  {
    title: 'Статус',
    key: 'status',
    render: (_, referral) => <ReferralStatusBadge status={referral.status} />,
  },
  {
    title: 'Результат',
    key: 'outcome',
    render: (_, referral) =>
      referral.outcome ? <span className="staff-clamp">{referral.outcome}</span> : '—',
  },
];

export function ReferralsTable({
  referrals,
  loading,
  emptyText,
}: {
  referrals: PartnerReferralRowFragment[];
  loading: boolean;
  emptyText: string;
}) {
  return (
    <Table<PartnerReferralRowFragment>
      aria-label="Направления в ведомство"
      rowKey="id"
      columns={columns}
      dataSource={referrals}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <EmptyState>{emptyText}</EmptyState> }}
    />
  );
}
