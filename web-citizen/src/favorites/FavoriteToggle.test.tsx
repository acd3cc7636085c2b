/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { FavoriteToggle, type FavoriteToggleProps } from './FavoriteToggle';
import { ADD_FAVORITE_VACANCY } from './operations';

jest.setTimeout(30_000);

const renderToggle = (props: FavoriteToggleProps, mocks: MockLink.MockedResponse[] = []) =>
  render(
    <MockedProvider cache={new InMemoryCache()} mocks={mocks}>
      <UiProvider>
        <MemoryRouter>
          <FavoriteToggle {...props} />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

test('a visitor who has not signed in is offered to sign in instead', () => {
  renderToggle({ vacancyId: 'vacancy-1', isFavorite: null });
  const link = screen.getByRole('link', { name: /Войдите, чтобы добавить в избранное/ });
  expect(link.getAttribute('href')).toBe('/signin');
  expect(screen.queryByRole('button')).toBeNull();
});

test('a citizen adds the vacancy with the star and hears that it is done', async () => {
  renderToggle({ vacancyId: 'vacancy-1', isFavorite: false }, [
    {
      request: { query: ADD_FAVORITE_VACANCY, variables: { vacancyId: 'vacancy-1' } },
      result: {
        data: {
          addFavoriteVacancy: {
            __typename: 'FavoriteVacancy',
            id: 'favorite-1',
            vacancy: { __typename: 'Vacancy', id: 'vacancy-1', isFavorite: true },
          },
        },
      },
    },
  ]);
  const star = screen.getByText('В избранное').closest('button')!;
  expect(star.getAttribute('aria-pressed')).toBe('false');
  fireEvent.click(star);
  expect(await screen.findByText('Вакансия добавлена в избранное')).toBeTruthy();
});

test('a refusal is said in the server’s words', async () => {
  renderToggle({ vacancyId: 'vacancy-2', isFavorite: false }, [
    {
      request: { query: ADD_FAVORITE_VACANCY, variables: { vacancyId: 'vacancy-2' } },
      result: {
        errors: [
          {
            message: 'Вакансия снята с публикации: добавить её в избранное нельзя',
            extensions: { code: 'BAD_USER_INPUT', field: 'vacancyId' },
          },
        ],
      },
    },
  ]);
  fireEvent.click(screen.getByText('В избранное'));
  expect(await screen.findByText('Вакансия снята с публикации: добавить её в избранное нельзя')).toBeTruthy();
});
