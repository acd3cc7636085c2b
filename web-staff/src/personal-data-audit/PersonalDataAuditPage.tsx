import { useQuery } from '@apollo/client/react';
import { describeFailure, ErrorState, Loading, plural, usePageTitle } from '@czn/ui';
import { Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PersonalDataAuditQuery } from '../gql/graphql';
import { AccessRequestForm } from './AccessRequestForm';
import { AuditCsvButton } from './AuditCsvButton';
import { PERSONAL_DATA_AUDIT } from './operations';
import { AUDIT_PAGE_SIZE, PersonalDataAuditTable } from './PersonalDataAuditTable';
import './personal-data-audit.css';
import { formatSnils, SNILS_FORMAT_MESSAGE, snilsDigits } from './snils';
import { SnilsSearchForm } from './SnilsSearchForm';

type Trail = PersonalDataAuditQuery['personalDataAudit'];

const recordWords = ['запись', 'записи', 'записей'] as const;

/**
 * The trail of the person with this SNILS, a page at a time. While another page of the same person loads, the
 * page shown before stays, so the table and its pager keep their place; another person's never does.
 */
function useAuditTrail(snils: string | null, page: number) {
  const { data, loading, error, refetch } = useQuery(PERSONAL_DATA_AUDIT, {
    variables: {
      subject: { snils },
      page: { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
    },
    skip: !snils,
    fetchPolicy: 'cache-and-network',
  });
  const trail = data?.personalDataAudit;
  const [shown, setShown] = useState<{ snils: string | null; trail: Trail } | null>(null);
  useEffect(() => {
    if (trail) setShown({ snils, trail });
  }, [snils, trail]);
  return {
    trail: trail ?? (shown?.snils === snils ? shown.trail : undefined),
    loading,
    error,
    refetch,
  };
}

/** The server's refusals that are about the SNILS typed, said on the field rather than as a page error. */
function refusalOf(error: unknown): { message: string } | null {
  if (!error) return null;
  const failure = describeFailure(error);
  return failure.code === 'NOT_FOUND' || (failure.code === 'BAD_USER_INPUT' && failure.field === 'snils')
    ? failure
    : null;
}

/** «Журнал доступа к ПДн» (152-ФЗ): who read or changed a person's personal data, when, and how; with CSV export. */
export default function PersonalDataAuditPage() {
  usePageTitle('Журнал доступа к персональным данным');
  const [params, setParams] = useSearchParams();
  const typed = params.get('snils') ?? '';
  const snils = snilsDigits(typed);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
  const { trail, loading, error, refetch } = useAuditTrail(snils, page);
  const refusal = useMemo(
    () => (typed && !snils ? { message: SNILS_FORMAT_MESSAGE } : refusalOf(error)),
    [typed, snils, error],
  );
  // Unknown and unrelated people are refused alike; either way the administrator may ask access with a reason.
  const unreachable = Boolean(snils && error && describeFailure(error).code === 'NOT_FOUND');

  const search = (digits: string) => {
    if (digits === snils && page === 1) void refetch();
    else setParams({ snils: digits });
  };

  return (
    <>
      <Typography.Title level={1}>Журнал доступа к персональным данным</Typography.Title>
      <Typography.Paragraph>
        Кто, когда и в какой операции смотрел или менял паспортные данные, СНИЛС, адрес, телефон, почту и дату
        рождения человека. Найдите человека по СНИЛС: журнал открыт для тех, кто обращался в ваш ЦЗН или
        направлен им.
      </Typography.Paragraph>
      <SnilsSearchForm
        initial={snils ? formatSnils(snils) : typed}
        onSearch={search}
        refusal={refusal}
        searching={loading}
      />
      {unreachable && <AccessRequestForm snils={snils!} onGranted={() => void refetch()} />}
      {error && !refusal && (
        <ErrorState title="Не удалось загрузить журнал" error={error} onRetry={() => void refetch()} />
      )}
      {snils && trail ? (
        <section aria-labelledby="audit-person" className="czn-gap">
          <h2 id="audit-person">{trail.person.fullName}</h2>
          <Typography.Paragraph>
            СНИЛС {formatSnils(snils)}. В журнале {plural(trail.total, recordWords)}.
          </Typography.Paragraph>
          <div className="czn-gap">
            <AuditCsvButton snils={snils} />
          </div>
          <PersonalDataAuditTable
            entries={trail.entries}
            total={trail.total}
            page={page}
            onPageChange={(next) => setParams({ snils, page: String(next) })}
            loading={loading}
          />
        </section>
      ) : (
        snils && loading && <Loading what="Загружаем журнал…" />
      )}
    </>
  );
}
