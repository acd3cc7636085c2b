import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  ErrorState,
  PartialDataNotice,
  personalCaseStatusLabels,
  ResponsiveList,
  useLiveEvents,
  usePageTitle,
} from '@czn/ui';
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PersonalCaseStatus, StaffPersonalCaseFragment } from '../gql/graphql';
import { caseColumns } from './case-columns';
import { CitizenCases } from './CitizenCases';
import { CitizenSearch } from './CitizenSearch';
import { JOB_CENTER_PERSONAL_CASES, JOB_CENTER_PERSONAL_CASES_FEED } from './operations';

const statusOptions = Object.entries(personalCaseStatusLabels).map(([value, label]) => ({ value, label }));

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
