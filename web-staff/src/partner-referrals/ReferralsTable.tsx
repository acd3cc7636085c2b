import { EmptyState, formatDateTime, ResponsiveList, type ListColumn } from '@czn/ui';
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

const columns: ListColumn<PartnerReferralRowFragment>[] = [
  { key: 'createdAt', title: 'Когда', render: (referral) => formatDateTime(referral.createdAt) },
  { key: 'person', title: 'Гражданин', render: (referral) => <CitizenLink referral={referral} /> },
  {
    key: 'purpose',
    title: 'Цель',
    render: (referral) => <span className="staff-clamp">{referral.purpose}</span>,
  },
  { key: 'status', title: 'Статус', render: (referral) => <ReferralStatusBadge status={referral.status} /> },
  {
    key: 'outcome',
    title: 'Результат',
    render: (referral) => (referral.outcome ? <span className="staff-clamp">{referral.outcome}</span> : '—'),
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
    <ResponsiveList<PartnerReferralRowFragment>
      label="Направления в ведомство"
      items={referrals}
      itemKey={(referral) => referral.id}
      columns={columns}
      loading={loading}
      empty={<EmptyState>{emptyText}</EmptyState>}
    />
  );
}
