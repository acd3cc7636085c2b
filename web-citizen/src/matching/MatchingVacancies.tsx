import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Loading, PartialDataNotice } from '@czn/ui';
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import { FavoriteToggle } from '../favorites/FavoriteToggle';
import { salaryText } from '../favorites/vacancy-format';
import type { VacancyMatchCriteria } from '../gql/graphql';
import { VACANCY_MATCHES } from './operations';

/**
 * Active vacancies ranked against what the citizen looks for, best first, each saying why it matches; each
 * vacancy's title is a third-level heading, under the resume's section.
 */
export function MatchingVacancies({ criteria }: { criteria: VacancyMatchCriteria }) {
  const { data, loading, error, refetch } = useQuery(VACANCY_MATCHES, {
    variables: { criteria },
    errorPolicy: 'all',
  });

  if (loading && !data) return <Loading what="Подбираем подходящие вакансии…" />;
  if (error && !data)
    return <ErrorState title="Не удалось подобрать вакансии" error={error} onRetry={() => void refetch()} />;
  const matches = data!.vacancyMatches;
  if (matches.length === 0) return <EmptyState>Подходящих вакансий пока нет</EmptyState>;

  return (
    <>
      <PartialDataNotice error={error} />
      <ol className="czn-matches" aria-label={`Вакансии, подходящие под «${criteria.position}»`}>
        {matches.map(({ vacancy, reasons }) => (
          <li key={vacancy.id}>
            <Card size="small">
              <Typography.Title level={3} className="czn-matches__title">
                <Link to={`/vacancies/${vacancy.id}`}>{vacancy.title}</Link>
              </Typography.Title>
              <Typography.Paragraph className="czn-matches__facts">
                {vacancy.employerName} · {salaryText(vacancy.salaryFrom, vacancy.salaryTo)}
                {vacancy.city && ` · ${vacancy.city}`}
              </Typography.Paragraph>
              <Typography.Paragraph className="czn-matches__reasons">
                Подходит: {reasons.join('; ')}
              </Typography.Paragraph>
              <FavoriteToggle
                vacancyId={vacancy.id}
                isFavorite={vacancy.isFavorite}
                vacancyTitle={vacancy.title}
              />
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}
