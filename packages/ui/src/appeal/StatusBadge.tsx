import { Tag } from 'antd';
import { appealStatusLabels, appealStatusTones, type AppealStatus } from '../labels';

/** An appeal's status with its DOMAIN.md label. */
export function StatusBadge({ status }: { status: AppealStatus }) {
  return (
    <Tag color={appealStatusTones[status]} className="czn-status">
      {appealStatusLabels[status]}
    </Tag>
  );
}
