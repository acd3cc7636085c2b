import { useQuery } from '@apollo/client/react';
import {
  employmentTypeLabels,
  ErrorState,
  formatDate,
  formatSalary,
  Loading,
  PartialDataNotice,
  UNAVAILABLE_TEXT,
  usePageTitle,
  workScheduleLabels,
} from '@czn/ui';
import { Descriptions, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { FavoriteToggle } from '../favorites/FavoriteToggle';
import { VACANCY_CARD } from './operations';

/** A vacancy of the bank: what the work is, where, on what terms, and which job centre to ask. */
export default function VacancyCardPage() {
  const { id = '' } = useParams();
  const back = (useLocation().state as { back?: string } | null)?.back ?? '';
  const { data, loading, error, refetch } = useQuery(VACANCY_CARD, { variables: { id }, errorPolicy: 'all' });
  const vacancy = data?.vacancy;
  usePageTitle(vacancy?.title ?? 'Вакансия');

  return (
    <>
      <p>
        <Link to={`/vacancies${back}`}>← К поиску вакансий</Link>
      </p>
      {loading && !vacancy ? (
        <Loading what="Загружаем вакансию…" />
      ) : !vacancy ? (
        <ErrorState title="Вакансия недоступна" error={error} onRetry={() => void refetch()} />
      ) : (
        <article aria-labelledby="vacancy-title">
          <Typography.Title level={1} id="vacancy-title">
            {vacancy.title}
          </Typography.Title>
          <FavoriteToggle vacancyId={vacancy.id} isFavorite={vacancy.isFavorite ?? null} />
          <PartialDataNotice error={error} />
          <p className="czn-bank__salary">{formatSalary(vacancy.salaryFrom, vacancy.salaryTo)}</p>
          <Descriptions bordered column={1} className="czn-gap">
            <Descriptions.Item label="Работодатель">{vacancy.employerName}</Descriptions.Item>
            <Descriptions.Item label="Место работы">
              {[vacancy.city, vacancy.region].filter(Boolean).join(', ') || 'Не указано'}
            </Descriptions.Item>
            <Descriptions.Item label="График работы">
              {workScheduleLabels[vacancy.schedule]}
            </Descriptions.Item>
            <Descriptions.Item label="Тип занятости">
              {employmentTypeLabels[vacancy.employmentType]}
            </Descriptions.Item>
            <Descriptions.Item label="Размещена">{formatDate(vacancy.createdAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={2}>Обязанности</Typography.Title>
          <Typography.Paragraph className="czn-bank__text">
            {vacancy.duties ?? 'Не указаны'}
          </Typography.Paragraph>
          <Typography.Title level={2}>Требования</Typography.Title>
          <Typography.Paragraph className="czn-bank__text">
            {vacancy.requirements ?? 'Не указаны'}
          </Typography.Paragraph>
          {vacancy.description && (
            <>
              <Typography.Title level={2}>Дополнительно</Typography.Title>
              <Typography.Paragraph className="czn-bank__text">{vacancy.description}</Typography.Paragraph>
            </>
          )}
          <Typography.Title level={2}>Центр занятости</Typography.Title>
          {vacancy.jobCenter ? (
            <Typography.Paragraph>
              {vacancy.jobCenter.name}
              <br />
              {vacancy.jobCenter.address}
              {vacancy.jobCenter.phone && (
                <>
                  <br />
                  Телефон: {vacancy.jobCenter.phone}
                </>
              )}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph>{UNAVAILABLE_TEXT}</Typography.Paragraph>
          )}
        </article>
      )}
    </>
  );
}
