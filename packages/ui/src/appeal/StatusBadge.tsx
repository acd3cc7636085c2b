import { Tag } from 'antd';
import { appealStatusLabels, type AppealStatus } from '../gql/labels';

/** Badge tone of each status: neutral while waiting, in progress, done, refused. */
const tones: Record<AppealStatus, 'default' | 'processing' | 'success' | 'error'> = {
  REGISTERED: 'default',
  IN_PROGRESS: 'processing',
  COMPLETED: 'success',
  REJECTED: 'error',
};

/** An appeal's status with its label from the schema. */
export function StatusBadge({ status }: { status: AppealStatus }) {
  return (
    <Tag color={tones[status]} className="czn-status">
      {appealStatusLabels[status]}
    </Tag>
  );
}
