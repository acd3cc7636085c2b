import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  ErrorState,
  formatDate,
  Loading,
  PartialDataNotice,
  personalCaseStatusLabels,
  ResponsiveList,
  type ListColumn,
  useLiveEvents,
  usePageTitle,
} from '@czn/ui';
import { Alert, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PersonalCaseStatus, StaffPersonalCaseFragment } from '../gql/graphql';
import { CitizenSearch } from './CitizenSearch';
import { OpenPersonalCaseForm } from './OpenPersonalCaseForm';
import {
  CITIZEN_PERSONAL_CASES,
  JOB_CENTER_PERSONAL_CASES,
  JOB_CENTER_PERSONAL_CASES_FEED,
} from './operations';

const caseColumns: ListColumn<StaffPersonalCaseFragment>[] = [
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

const statusOptions = Object.entries(personalCaseStatusLabels).map(([value, label]) => ({ value, label }));

/** The found citizen's cases: this centre's in full, other centres' only as the fact of an open case. */
function CitizenCases({ citizenId }: { citizenId: string }) {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(CITIZEN_PERSONAL_CASES, {
    variables: { citizenId },
    errorPolicy: 'all',
  });
  if (loading && !data) return <Loading what="Загружаем личные дела гражданина…" />;
  if (error && !data)
    return (
      <ErrorState title="Не удалось загрузить личные дела" error={error} onRetry={() => void refetch()} />
    );
  const { here, elsewhere } = data!.citizenPersonalCases;
  const hasOpenHere = here.some((personalCase) => personalCase.status !== 'CLOSED');
  const name = here[0]?.citizen?.fullName;
  return (
    <section aria-labelledby="citizen-cases" className="czn-gap">
      <Typography.Title level={2} id="citizen-cases">
        Личные дела гражданина{name ? `: ${name}` : ''}
      </Typography.Title>
      <PartialDataNotice error={error} />
      {elsewhere.map(({ jobCenter }, index) => (
        <Alert
          key={jobCenter?.id ?? index}
          type="info"
          showIcon
          className="czn-gap"
          title={`Есть открытое личное дело в ${jobCenter?.name ?? 'другом центре занятости'}`}
        />
      ))}
      <ResponsiveList<StaffPersonalCaseFragment>
        label="Личные дела гражданина в нашем ЦЗН"
        items={here}
        itemKey={(personalCase) => personalCase.id}
        columns={caseColumns}
        empty="В нашем ЦЗН личных дел нет"
      />
      {!hasOpenHere && (
        <>
          <Typography.Title level={3}>Открыть личное дело</Typography.Title>
          <OpenPersonalCaseForm citizenId={citizenId} onOpened={(id) => void navigate(`/cases/${id}`)} />
        </>
      )}
    </section>
  );
}

/** The centre's cases, newest first, optionally of one status; new cases and changes arrive live. */
function JobCenterCases() {
  const client = useApolloClient();
  const [status, setStatus] = useState<PersonalCaseStatus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch } = useQuery(JOB_CENTER_PERSONAL_CASES, {
    variables: { status, page: { limit: 100 } },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  useLiveEvents(JOB_CENTER_PERSONAL_CASES_FEED, {
    eventId: (event) => event.jobCenterPersonalCasesFeed.eventId,
    onEvent: ({ jobCenterPersonalCasesFeed: { type, personalCase } }) => {
      void client.refetchQueries({ include: [JOB_CENTER_PERSONAL_CASES] });
      if (type === 'OPENED')
        setAnnouncement(`Открыто личное дело: ${personalCase.citizen?.fullName ?? 'гражданин'}`);
    },
  });
  return (
    <section aria-labelledby="centre-cases" className="czn-gap">
      <Typography.Title level={2} id="centre-cases">
        Личные дела ЦЗН
      </Typography.Title>
      <div className="czn-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <PartialDataNotice error={error} />
      <Space wrap className="czn-gap">
        <Select
          aria-label="Статус личных дел ЦЗН"
          placeholder="Все статусы"
          allowClear
          value={status ?? undefined}
          options={statusOptions}
          onChange={(value: PersonalCaseStatus | undefined) => setStatus(value ?? null)}
          style={{ width: 220 }}
        />
      </Space>
      {error && !data ? (
        <ErrorState title="Не удалось загрузить личные дела" error={error} onRetry={() => void refetch()} />
      ) : (
        <ResponsiveList<StaffPersonalCaseFragment>
          label="Личные дела ЦЗН"
          items={data?.jobCenterPersonalCases ?? []}
          itemKey={(personalCase) => personalCase.id}
          columns={caseColumns}
          loading={loading && !data}
          pageSize={50}
          empty="Личных дел нет"
        />
      )}
    </section>
  );
}

/** «Личные дела»: find a citizen, see and open their case; the centre's cases below. */
export default function PersonalCasesPage() {
  usePageTitle('Личные дела');
  const [params] = useSearchParams();
  const citizenId = params.get('citizen');
  return (
    <>
      <Typography.Title level={1}>Личные дела</Typography.Title>
      <CitizenSearch />
      {citizenId && <CitizenCases key={citizenId} citizenId={citizenId} />}
      <JobCenterCases />
    </>
  );
}
