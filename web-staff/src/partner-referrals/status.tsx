import { Tag } from 'antd';
import type { PartnerReferralStatus } from '../gql/graphql';

/** As the schema and the server's messages name them. */
export const referralStatusLabels: Record<PartnerReferralStatus, string> = {
  SENT: 'Направлено',
  ACCEPTED: 'Принято',
  COMPLETED: 'Исполнено',
  DECLINED: 'Отклонено',
};

const tones: Record<PartnerReferralStatus, 'default' | 'processing' | 'success' | 'error'> = {
  SENT: 'default',
  ACCEPTED: 'processing',
  COMPLETED: 'success',
  DECLINED: 'error',
};

export const isReferralStatus = (value: string | null): value is PartnerReferralStatus =>
  value !== null && Object.hasOwn(referralStatusLabels, value);

export function ReferralStatusBadge({ status }: { status: PartnerReferralStatus }) {
  return (
    <Tag color={tones[status]} className="czn-status">
      {referralStatusLabels[status]}
    </Tag>
  );
}

export type ReferralAction = 'accept' | 'complete' | 'decline';

/** What the agency may do in each status: accept, then complete or decline (or decline at once). */
export const referralActions: Record<PartnerReferralStatus, readonly ReferralAction[]> = {
  SENT: ['accept', 'decline'],
  ACCEPTED: ['complete', 'decline'],
  COMPLETED: [],
  DECLINED: [],
};
