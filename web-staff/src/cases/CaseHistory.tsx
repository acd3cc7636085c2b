import {
  formatDateTime,
  personalCaseChangeKindLabels,
  personalCaseStatusLabels,
  ResponsiveList,
} from '@czn/ui';
import type { StaffPersonalCaseFragment } from '../gql/graphql';

type Change = StaffPersonalCaseFragment['history'][number];

/** Who changed the case, when, from which status to which, and why. */
export function CaseHistory({ history }: { history: Change[] }) {
  return (
    <ResponsiveList<Change>
      label="История личного дела"
      items={history}
      itemKey={(change) => change.id}
      empty="Изменений нет"
      columns={[
        { key: 'changedAt', title: 'Когда', render: (change) => formatDateTime(change.changedAt) },
        { key: 'kind', title: 'Что', render: (change) => personalCaseChangeKindLabels[change.kind] },
        {
          key: 'status',
          title: 'Статус',
          render: (change) =>
            change.fromStatus && change.fromStatus !== change.toStatus
              ? `${personalCaseStatusLabels[change.fromStatus]} → ${personalCaseStatusLabels[change.toStatus]}`
              : personalCaseStatusLabels[change.toStatus],
        },
        { key: 'reason', title: 'Причина', render: (change) => change.reason ?? '—' },
        { key: 'changedBy', title: 'Кто', render: (change) => change.changedBy?.fullName ?? '—' },
      ]}
    />
  );
}
