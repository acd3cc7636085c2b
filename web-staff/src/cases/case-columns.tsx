import { formatDate, personalCaseStatusLabels, type ListColumn } from '@czn/ui';
import { Link } from 'react-router';
import type { StaffPersonalCaseFragment } from '../gql/graphql';

/** A case in a list: whose, its status, when opened, its personal account; the name leads to the case. */
export const caseColumns: ListColumn<StaffPersonalCaseFragment>[] = [
  {
    key: 'citizen',
    title: 'Гражданин',
    render: (personalCase) => (
      <Link to={`/cases/${personalCase.id}`}>{personalCase.citizen?.fullName ?? 'Личное дело'}</Link>
    ),
  },
  { key: 'status', title: 'Статус', render: (personalCase) => personalCaseStatusLabels[personalCase.status] },
  { key: 'openedOn', title: 'Открыто', render: (personalCase) => formatDate(personalCase.openedOn) },
  {
    key: 'account',
    title: 'Лицевой счёт',
    render: (personalCase) => personalCase.personalAccountNumber ?? '—',
  },
];
