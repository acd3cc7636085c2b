import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading, PartialDataNotice, ResponsiveList } from '@czn/ui';
import { Alert, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { StaffPersonalCaseFragment } from '../gql/graphql';
import { caseColumns } from './case-columns';
import { OpenPersonalCaseForm } from './OpenPersonalCaseForm';
import { CITIZEN_PERSONAL_CASES } from './operations';

/** The found citizen's cases: this centre's in full, other centres' only as the fact of an open case. */
export function CitizenCases({ citizenId }: { citizenId: string }) {
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
