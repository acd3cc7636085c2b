import { useQuery } from '@apollo/client/react';
import {
  ErrorState,
  formatDate,
  formatSalary,
  Loading,
  PartialDataNotice,
  UNAVAILABLE_TEXT,
  usePageTitle,
} from '@czn/ui';
import { Alert, Descriptions, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import type { VacancyQuery } from '../gql/graphql';
import { VACANCY } from './operations';
import { VacancyStatusTag } from './vacancy';

/** `missing`: the answer's errors, which say what part of the card is missing. */
function VacancyCard({ vacancy, missing }: { vacancy: VacancyQuery['vacancy']; missing: unknown }) {
  const { jobCenter } = vacancy;
  return (
    <>
      <Typography.Title level={1}>{vacancy.title}</Typography.Title>
      <PartialDataNotice error={missing} />
      {vacancy.status === 'WITHDRAWN' && (
        <Alert type="info" showIcon className="czn-gap" title="Вакансия снята: соискатели её не видят" />
      )}
      <Descriptions bordered column={1}>
        <Descriptions.Item label="Состояние">
          <VacancyStatusTag status={vacancy.status} />
        </Descriptions.Item>
        <Descriptions.Item label="Зарплата">
          {formatSalary(vacancy.salaryFrom, vacancy.salaryTo)}
        </Descriptions.Item>
        <Descriptions.Item label="Работодатель">{vacancy.employerName}</Descriptions.Item>
        <Descriptions.Item label="Центр занятости">
          {jobCenter ? (
            <>
              {jobCenter.name}
              <br />
              {jobCenter.address}
              {jobCenter.phone && (
                <>
                  <br />
                  {jobCenter.phone}
                </>
              )}
            </>
          ) : (
            UNAVAILABLE_TEXT
          )}
        </Descriptions.Item>
        <Descriptions.Item label="Размещена">{formatDate(vacancy.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="Обязанности">{vacancy.duties ?? 'Не указаны'}</Descriptions.Item>
        <Descriptions.Item label="Требования">{vacancy.requirements ?? 'Не указаны'}</Descriptions.Item>
        {vacancy.description && (
          <Descriptions.Item label="Дополнительно">{vacancy.description}</Descriptions.Item>
        )}
      </Descriptions>
    </>
  );
}

/** One vacancy of the organisation, withdrawn ones included. */
export default function VacancyPage() {
  const { id = '' } = useParams();
  const back = (useLocation().state as { back?: string } | null)?.back ?? '';
  const { data, error, refetch } = useQuery(VACANCY, { variables: { id }, errorPolicy: 'all' });
  usePageTitle(data?.vacancy.title ?? 'Вакансия');

  return (
    <>
      <p>
        <Link to={`/vacancies${back}`}>← Все вакансии</Link>
      </p>
      {data ? (
        <VacancyCard vacancy={data.vacancy} missing={error} />
      ) : error ? (
        <ErrorState title="Не удалось открыть вакансию" error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading what="Загружаем вакансию…" />
      )}
    </>
  );
}
