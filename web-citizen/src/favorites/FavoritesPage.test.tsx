/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import FavoritesPage from './FavoritesPage';
import { MY_FAVORITE_VACANCIES, REMOVE_FAVORITE_VACANCY } from './operations';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const favorite = (id: string, vacancy: Record<string, unknown>) => ({
  __typename: 'FavoriteVacancy' as const,
  id: `favorite-${id}`,
  addedAt: '2026-11-22T12:05:00.000Z',
  vacancy: {
    __typename: 'Vacancy' as const,
    id,
    title: 'Оператор станков с ЧПУ',
    employerName: 'ООО «Алтайские станочные системы»',
    salaryFrom: 55000,
    salaryTo: 75000,
    city: 'Барнаул',
    status: 'ACTIVE',
    isFavorite: true,
    ...vacancy,
  },
});

const rows = () => [...document.querySelectorAll('tr[data-row-key]')] as HTMLTableRowElement[];

test('lists the favourites with a withdrawn one marked and unlinked; removing one drops its row', async () => {
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: MY_FAVORITE_VACANCIES },
          result: {
            data: {
              myFavoriteVacancies: [
                favorite('vacancy-1', {}),
                favorite('vacancy-2', {
                  title: 'Водитель-экспедитор категории B',
                  employerName: 'ООО «Алтайские тёплые окна»',
                  salaryFrom: null,
                  salaryTo: null,
                  city: null,
                  status: 'WITHDRAWN',
                }),
              ],
            },
          },
        },
        {
          request: { query: REMOVE_FAVORITE_VACANCY, variables: { vacancyId: 'vacancy-1' } },
          result: { data: { removeFavoriteVacancy: true } },
        },
      ]}
    >
      <UiProvider>
        <MemoryRouter initialEntries={['/favorites']}>
          <FavoritesPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

  expect(await screen.findByText('Избранные вакансии', { selector: 'h1' })).toBeTruthy();
  expect(screen.getByText(/В избранном 2 вакансии, снято с публикации — 1/)).toBeTruthy();
  const [active, withdrawn] = rows();
  expect(within(active!).getByRole('link', { name: 'Оператор станков с ЧПУ' }).getAttribute('href')).toBe(
    '/vacancies/vacancy-1',
  );
  expect(active!.textContent!.replace(/\s/g, ' ')).toContain('55 000 ₽ – 75 000 ₽');
  expect(within(withdrawn!).getByText('Снята с публикации')).toBeTruthy();
  expect(within(withdrawn!).queryByRole('link')).toBeNull();
  expect(withdrawn!.textContent).toContain('по договорённости');

  const remove = within(active!).getByText('Убрать из избранного').closest('button')!;
  expect(remove.getAttribute('aria-pressed')).toBe('true');
  // Each row's star names its vacancy for screen readers.
  expect(remove.getAttribute('aria-label')).toBe('Убрать из избранного: Оператор станков с ЧПУ');
  fireEvent.click(remove);
  await waitFor(() => expect(rows()).toHaveLength(1));
  expect(rows()[0]!.textContent).toContain('Водитель-экспедитор категории B');
  expect(await screen.findByText('Вакансия убрана из избранного')).toBeTruthy();
});
