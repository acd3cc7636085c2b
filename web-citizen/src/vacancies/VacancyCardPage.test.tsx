/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { REMOVE_FAVORITE_VACANCY } from '../favorites/operations';
import { VACANCY_CARD } from './operations';
import VacancyCardPage from './VacancyCardPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const card = (isFavorite: boolean | null): MockLink.MockedResponse => ({
  request: { query: VACANCY_CARD, variables: { id: 'v-1' } },
  result: {
    data: {
      vacancy: {
        __typename: 'Vacancy',
        id: 'v-1',
        title: 'Монтажник окон',
        salaryFrom: 45000,
        salaryTo: 60000,
        employerName: 'ООО «Алтайские тёплые окна»',
        city: 'Барнаул',
        region: 'Алтайский край',
        schedule: 'SHIFT',
        employmentType: 'FULL',
        duties: 'Монтаж ПВХ-окон',
        requirements: null,
        description: null,
        createdAt: '2026-11-20T02:15:00.000Z',
        isFavorite,
        jobCenter: null,
      },
    },
  },
});

function renderCard(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider cache={new InMemoryCache()} mocks={mocks}>
      <UiProvider>
        <MemoryRouter initialEntries={['/vacancies/v-1']}>
          <Routes>
            <Route path="/vacancies/:id" element={<VacancyCardPage />} />
          </Routes>
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );
}

test('a citizen removes the vacancy from favourites on its card and the star turns off without reload', async () => {
  const user = userEvent.setup();
  renderCard([
    card(true),
    {
      request: { query: REMOVE_FAVORITE_VACANCY, variables: { vacancyId: 'v-1' } },
      result: { data: { removeFavoriteVacancy: true } },
    },
  ]);
  expect(await screen.findByRole('heading', { level: 1, name: 'Монтажник окон' })).toBeTruthy();
  const star = screen.getByText('Убрать из избранного').closest('button')!;
  expect(star.getAttribute('aria-pressed')).toBe('true');
  await user.click(star);
  expect(await screen.findByText('Вакансия убрана из избранного')).toBeTruthy();
  expect(screen.getByText('В избранное').closest('button')!.getAttribute('aria-pressed')).toBe('false');
});

test('a visitor who has not signed in sees the card with an offer to sign in', async () => {
  renderCard([card(null)]);
  expect(await screen.findByRole('heading', { level: 1, name: 'Монтажник окон' })).toBeTruthy();
  expect(screen.getByRole('link', { name: /Войдите, чтобы добавить в избранное/ })).toBeTruthy();
});
