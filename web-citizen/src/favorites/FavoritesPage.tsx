import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
  PartialDataNotice,
  plural,
  ResponsiveList,
  type ListColumn,
  Unavailable,
  usePageTitle,
} from '@czn/ui';
import { Button, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { FavoriteVacancyRowFragment } from '../gql/graphql';
import { FavoriteToggle } from './FavoriteToggle';
import { MY_FAVORITE_VACANCIES } from './operations';
import { salaryText, vacancyWords } from './vacancy-format';

type Row = FavoriteVacancyRowFragment;

const columns: ListColumn<Row>[] = [
  {
    key: 'title',
    title: 'Вакансия',
    render: ({ vacancy }) => {
      if (!vacancy) return <Unavailable />;
      if (vacancy.status === 'ACTIVE') return <Link to={`/vacancies/${vacancy.id}`}>{vacancy.title}</Link>;
      // The bank no longer shows a withdrawn vacancy: its card would be empty, so there is no link.
      return (
        <>
          {vacancy.title} <Tag>Снята с публикации</Tag>
        </>
      );
    },
  },
  {
    key: 'employer',
    title: 'Работодатель',
    render: ({ vacancy }) => vacancy?.employerName ?? <Unavailable />,
  },
  {
    key: 'salary',
    title: 'Зарплата',
    render: ({ vacancy }) => (vacancy ? salaryText(vacancy.salaryFrom, vacancy.salaryTo) : <Unavailable />),
  },
  {
    key: 'city',
    title: 'Город',
    render: ({ vacancy }) => (vacancy ? (vacancy.city ?? 'не указан') : <Unavailable />),
  },
  { key: 'addedAt', title: 'Добавлена', render: (favorite) => formatDate(favorite.addedAt) },
  {
    key: 'remove',
    title: 'Избранное',
    render: ({ vacancy }) =>
      vacancy && (
        <FavoriteToggle vacancyId={vacancy.id} isFavorite={vacancy.isFavorite} vacancyTitle={vacancy.title} />
      ),
  },
];

/** Seed 001's «Избранные вакансии»: what the citizen marked in the bank, withdrawn ones kept and marked. */
export default function FavoritesPage() {
  usePageTitle('Избранные вакансии');
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MY_FAVORITE_VACANCIES, {
    fetchPolicy: 'cache-and-network',
    // The list shows even while the vacancies' details are missing.
    errorPolicy: 'all',
  });

  if (loading && !data) return <Loading what="Загружаем избранные вакансии…" />;
  if (error && !data)
    return (
      <ErrorState
        title="Не удалось загрузить избранные вакансии"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  const favorites = data!.myFavoriteVacancies;
  const withdrawn = favorites.filter((favorite) => favorite.vacancy?.status === 'WITHDRAWN').length;

  return (
    <>
      <Typography.Title level={1}>Избранные вакансии</Typography.Title>
      <PartialDataNotice error={error} />
      {favorites.length === 0 ? (
        <>
          <EmptyState>В избранном пока нет вакансий</EmptyState>
          <Button type="primary" onClick={() => void navigate('/vacancies')}>
            Перейти в банк вакансий
          </Button>
        </>
      ) : (
        <>
          <Typography.Paragraph aria-live="polite">
            В избранном {plural(favorites.length, vacancyWords)}
            {withdrawn > 0 && `, снято с публикации — ${withdrawn}`}. Их можно указать в заявлении на
            содействие в поиске работы.
          </Typography.Paragraph>
          <ResponsiveList<Row>
            label="Избранные вакансии"
            items={favorites}
            itemKey={(favorite) => favorite.id}
            pageSize={50}
            empty={<EmptyState>В избранном пока нет вакансий</EmptyState>}
            columns={columns}
          />
        </>
      )}
    </>
  );
}
