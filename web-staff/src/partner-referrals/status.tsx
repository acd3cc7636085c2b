import { partnerReferralStatusLabels } from '@czn/ui';
import { Tag } from 'antd';
import type { PartnerReferralStatus } from '../gql/graphql';

const tones: Record<PartnerReferralStatus, 'default' | 'processing' | 'success' | 'error'> = {
  SENT: 'default',
  ACCEPTED: 'processing',
  COMPLETED: 'success',
  DECLINED: 'error',
};

export const isReferralStatus = (value: string | null): value is PartnerReferralStatus =>
  value !== null && Object.hasOwn(partnerReferralStatusLabels, value);

export function ReferralStatusBadge({ status }: { status: PartnerReferralStatus }) {
  return (
    <Tag color={tones[status]} className="czn-status">
      {partnerReferralStatusLabels[status]}
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
