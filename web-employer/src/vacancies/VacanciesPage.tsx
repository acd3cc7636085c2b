import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  formatDate,
  formatSalary,
  Loading,
  PartialDataNotice,
  plural,
  ResponsiveList,
  Unavailable,
  usePageTitle,
  vacancyWords,
  type ListColumn,
} from '@czn/ui';
import { Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { OrganizationVacanciesQuery } from '../gql/graphql';
import { ORGANIZATION_VACANCIES, VACANCIES_LIMIT } from './operations';
import { VacancyStatusTag } from './vacancy';
import { parseStatusChoice, VacancyStatusFilter, type VacancyStatusChoice } from './VacancyStatusFilter';

type VacancyRow = OrganizationVacanciesQuery['organizationVacancies'][number];

const emptyText: Record<VacancyStatusChoice, string> = {
  ALL: 'У организации пока нет вакансий',
  ACTIVE: 'Активных вакансий нет',
  WITHDRAWN: 'Снятых вакансий нет',
};

function columns(search: string): ListColumn<VacancyRow>[] {
  return [
    {
      key: 'title',
      title: 'Должность',
      render: ({ id, title }) => (
        <Link to={`/vacancies/${id}`} state={{ back: search }}>
          {title}
        </Link>
      ),
    },
    {
      key: 'salary',
      title: 'Зарплата',
      render: ({ salaryFrom, salaryTo }) => formatSalary(salaryFrom, salaryTo),
    },
    { key: 'status', title: 'Состояние', render: ({ status }) => <VacancyStatusTag status={status} /> },
    {
      key: 'jobCenter',
      title: 'Центр занятости',
      render: ({ jobCenter }) => jobCenter?.name ?? <Unavailable />,
    },
    { key: 'createdAt', title: 'Размещена', render: ({ createdAt }) => formatDate(createdAt) },
  ];
}

function VacancyTable({ vacancies, search }: { vacancies: VacancyRow[]; search: string }) {
  const count = plural(vacancies.length, vacancyWords);
  return (
    <section aria-labelledby="vacancies-count">
      <Typography.Title level={2} id="vacancies-count" aria-live="polite">
        {vacancies.length === VACANCIES_LIMIT ? `Показаны первые ${count}` : count}
      </Typography.Title>
      <ResponsiveList<VacancyRow>
        label="Вакансии организации"
        items={vacancies}
        itemKey={(vacancy) => vacancy.id}
        columns={columns(search)}
        pageSize={20}
        empty={null}
      />
    </section>
  );
}

/** The organisation's vacancies, active and withdrawn, newest first. */
export default function VacanciesPage() {
  usePageTitle('Вакансии');
  const [params, setParams] = useSearchParams();
  const status = parseStatusChoice(params.get('status'));
  const { data, error, refetch } = useQuery(ORGANIZATION_VACANCIES, {
    variables: { status: status === 'ALL' ? null : status, page: { limit: VACANCIES_LIMIT, offset: 0 } },
    errorPolicy: 'all',
  });
  const vacancies = data?.organizationVacancies;

  const choose = (choice: VacancyStatusChoice) =>
    setParams(choice === 'ALL' ? {} : { status: choice }, { replace: true });

  return (
    <>
      <Typography.Title level={1}>Вакансии</Typography.Title>
      <div className="czn-gap">
        <VacancyStatusFilter value={status} onChange={choose} />
      </div>
      <PartialDataNotice error={error} />
      {error && !vacancies ? (
        <ErrorState title="Не удалось загрузить вакансии" error={error} onRetry={() => void refetch()} />
      ) : !vacancies ? (
        <Loading what="Загружаем вакансии…" />
      ) : vacancies.length === 0 ? (
        <EmptyState>{emptyText[status]}</EmptyState>
      ) : (
        <VacancyTable vacancies={vacancies} search={params.size > 0 ? `?${params}` : ''} />
      )}
    </>
  );
}
