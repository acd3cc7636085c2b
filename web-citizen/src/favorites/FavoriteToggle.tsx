import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { describeFailure, useToast } from '@czn/ui';
import { Button } from 'antd';
import { Link, useLocation } from 'react-router';
import { ADD_FAVORITE_VACANCY, REMOVE_FAVORITE_VACANCY } from './operations';

export interface FavoriteToggleProps {
  vacancyId: string;
  /** Whether the signed-in citizen keeps the vacancy in favourites; null for a visitor who has not signed in. */
  isFavorite: boolean | null;
  /** Where several stars share a page (a list), the vacancy's title tells screen readers whose star it is. */
  vacancyTitle?: string;
}

/** The vacancy is no longer a favourite: its flag turns off and every list of favourites drops it. */
function forgetFavorite(cache: ApolloCache, vacancyId: string) {
  const vacancy = cache.identify({ __typename: 'Vacancy', id: vacancyId });
  cache.modify({ id: vacancy, fields: { isFavorite: () => false } });
  cache.modify({
    fields: {
      myFavoriteVacancies: (favorites: readonly Reference[], { readField }) =>
        favorites.filter((favorite) => readField<Reference>('vacancy', favorite)?.__ref !== vacancy),
    },
  });
}

/** A star that keeps a vacancy in the citizen's favourites, or offers to sign in first. */
export function FavoriteToggle({ vacancyId, isFavorite, vacancyTitle }: FavoriteToggleProps) {
  const toast = useToast();
  const location = useLocation();
  const [add, adding] = useMutation(ADD_FAVORITE_VACANCY, {
    variables: { vacancyId },
    // The list of favourites gains a row: read it afresh when it is shown next.
    update: (cache) => void cache.evict({ fieldName: 'myFavoriteVacancies' }),
  });
  const [remove, removing] = useMutation(REMOVE_FAVORITE_VACANCY, {
    variables: { vacancyId },
    update: (cache) => forgetFavorite(cache, vacancyId),
  });

  if (isFavorite === null)
    return (
      <Link
        to="/signin"
        state={{ from: `${location.pathname}${location.search}` }}
        className="czn-favorite czn-favorite--signin"
        aria-label={vacancyTitle && `Войдите, чтобы добавить в избранное: ${vacancyTitle}`}
      >
        <span aria-hidden="true">☆ </span>
        Войдите, чтобы добавить в избранное
      </Link>
    );

  const toggle = async () => {
    try {
      if (isFavorite) {
        await remove();
        toast.success('Вакансия убрана из избранного');
      } else {
        await add();
        toast.success('Вакансия добавлена в избранное');
      }
    } catch (error) {
      toast.error(describeFailure(error).message);
    }
  };

  const label = isFavorite ? 'Убрать из избранного' : 'В избранное';
  return (
    <Button
      className="czn-favorite"
      aria-pressed={isFavorite}
      aria-label={vacancyTitle && `${label}: ${vacancyTitle}`}
      loading={adding.loading || removing.loading}
      onClick={() => void toggle()}
      icon={<span aria-hidden="true">{isFavorite ? '★' : '☆'}</span>}
    >
      {label}
    </Button>
  );
}
