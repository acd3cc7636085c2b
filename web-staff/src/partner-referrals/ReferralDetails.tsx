import { formatDateTime, UNAVAILABLE_TEXT } from '@czn/ui';
import { Descriptions, type DescriptionsProps } from 'antd';
import type { PartnerReferralCardFragment } from '../gql/graphql';
import { ReferralStatusBadge } from './status';

type Item = NonNullable<DescriptionsProps['items']>[number];

const prose = (text: string) => <span className="staff-prose">{text}</span>;

/** Whom the job centre referred and why, when, and what the agency recorded. */
export function ReferralDetails({ referral }: { referral: PartnerReferralCardFragment }) {
  const items: (Item | null)[] = [
    { key: 'person', label: 'Гражданин', children: referral.personFullName },
    { key: 'status', label: 'Статус', children: <ReferralStatusBadge status={referral.status} /> },
    { key: 'jobCenter', label: 'Направил', children: referral.jobCenter?.name ?? UNAVAILABLE_TEXT },
    { key: 'createdAt', label: 'Направлено', children: formatDateTime(referral.createdAt) },
    referral.lifeSituation
      ? { key: 'lifeSituation', label: 'Жизненная ситуация', children: referral.lifeSituation.name }
      : null,
    { key: 'updatedAt', label: 'Изменено', children: formatDateTime(referral.updatedAt) },
    { key: 'purpose', label: 'Цель направления', children: prose(referral.purpose), span: 'filled' },
    referral.outcome
      ? { key: 'outcome', label: 'Результат', children: prose(referral.outcome), span: 'filled' }
      : null,
  ];
  return (
    <Descriptions
      bordered
      column={{ xs: 1, md: 2 }}
      items={items.filter((item) => item !== null)}
      className="czn-gap"
    />
  );
}
