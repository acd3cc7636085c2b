import { Tag } from 'antd';
import { resumeStatusLabels, type ResumeStatus } from '../gql/labels';

const tones: Record<ResumeStatus, 'default' | 'processing' | 'success' | 'error'> = {
  PENDING_REVIEW: 'processing',
  ACTIVE: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

/** A resume's moderation status with its label from the schema. */
export function ResumeStatusTag({ status }: { status: ResumeStatus }) {
  return (
    <Tag color={tones[status]} className="czn-status">
      {resumeStatusLabels[status]}
    </Tag>
  );
}
