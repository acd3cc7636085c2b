import { appealStatusLabels, formatDateTime, Unavailable } from '@czn/ui';
import { Timeline, Typography } from 'antd';
import type { DeskAppealCardFragment } from '../gql/graphql';

type StatusChange = DeskAppealCardFragment['history'][number];

const transition = ({ fromStatus, toStatus }: StatusChange) =>
  fromStatus
    ? `${appealStatusLabels[fromStatus]} → ${appealStatusLabels[toStatus]}`
    : appealStatusLabels[toStatus];

/** Every change of the appeal's status: from → to, when, who, with what comment. */
export function AppealHistory({ history }: { history: DeskAppealCardFragment['history'] }) {
  return (
    <section aria-labelledby="appeal-history">
      <Typography.Title level={2} id="appeal-history">
        История статусов
      </Typography.Title>
      <Timeline
        items={history.map((change) => ({
          key: change.id,
          content: (
            <>
              <Typography.Text strong className="staff-line">
                {transition(change)}
              </Typography.Text>
              <Typography.Text type="secondary" className="staff-line">
                {formatDateTime(change.changedAt)}, {change.changedBy?.fullName ?? <Unavailable />}
              </Typography.Text>
              {change.comment && <span className="staff-line staff-prose">{change.comment}</span>}
            </>
          ),
        }))}
      />
    </section>
  );
}
