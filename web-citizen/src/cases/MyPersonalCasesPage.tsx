import { useQuery } from '@apollo/client/react';
import {
  ErrorState,
  formatDate,
  Loading,
  PartialDataNotice,
  personalCasePurposeLabels,
  personalCaseStatusLabels,
  ResponsiveList,
  type ListColumn,
  Unavailable,
  usePageTitle,
} from '@czn/ui';
import { Tag, Typography } from 'antd';
import type { PersonalCaseRowFragment } from '../gql/graphql';
import { MY_PERSONAL_CASES } from './operations';

const columns: ListColumn<PersonalCaseRowFragment>[] = [
  {
    key: 'jobCenter',
    title: 'Центр занятости',
    render: (personalCase) => personalCase.jobCenter?.name ?? <Unavailable />,
  },
  {
    key: 'status',
    title: 'Статус',
    render: (personalCase) => (
      <Tag color={personalCase.status === 'CLOSED' ? 'default' : 'processing'}>
        {personalCaseStatusLabels[personalCase.status]}
      </Tag>
    ),
  },
  {
    key: 'purpose',
    title: 'Цель',
    render: (personalCase) => personalCasePurposeLabels[personalCase.purpose],
  },
  { key: 'openedOn', title: 'Открыто', render: (personalCase) => formatDate(personalCase.openedOn) },
  {
    key: 'closedOn',
    title: 'Закрыто',
    render: (personalCase) =>
      personalCase.closedOn
        ? `${formatDate(personalCase.closedOn)}${personalCase.closeReason ? `: ${personalCase.closeReason}` : ''}`
        : '—',
  },
  {
    key: 'account',
    title: 'Лицевой счёт',
    render: (personalCase) => personalCase.personalAccountNumber ?? 'не открыт',
  },
];

/** The citizen's personal cases at job centres; the centre opens and changes them, and the list follows live. */
export default function MyPersonalCasesPage() {
  usePageTitle('Личные дела');
  const { data, loading, error, refetch } = useQuery(MY_PERSONAL_CASES, {
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });

  if (loading && !data) return <Loading what="Загружаем личные дела…" />;
  if (error && !data)
    return (
      <ErrorState title="Не удалось загрузить личные дела" error={error} onRetry={() => void refetch()} />
    );

  return (
    <>
      <Typography.Title level={1}>Личные дела</Typography.Title>
      <PartialDataNotice error={error} />
      <Typography.Paragraph>
        Личное дело открывает центр занятости, когда вы обращаетесь за содействием в поиске подходящей работы;
        от его статуса зависит, какие услуги вам доступны. Изменения видны здесь сразу, без перезагрузки.
      </Typography.Paragraph>
      <ResponsiveList<PersonalCaseRowFragment>
        label="Мои личные дела"
        items={data?.myPersonalCases ?? []}
        itemKey={(personalCase) => personalCase.id}
        columns={columns}
        empty="Личных дел пока нет: подайте заявление на содействие в поиске подходящей работы"
      />
    </>
  );
}
