/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { readSearch, searchVariables } from './bank-search';
import { ADD_FAVORITE_VACANCY } from '../favorites/operations';
import { BANK_FILTER_OPTIONS, LOCALITIES, VACANCY_SEARCH } from './operations';
import VacancyBankPage from './VacancyBankPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const vacancy = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Vacancy' as const,
  id,
  title,
  salaryFrom: 45000,
  salaryTo: 60000,
  employerName: 'ООО «Алтайские тёплые окна»',
  city: 'Барнаул',
  region: 'Алтайский край',
  schedule: 'SHIFT' as const,
  employmentType: 'FULL' as const,
  createdAt: '2026-11-20T02:15:00.000Z',
  isFavorite: false as boolean | null,
  ...extra,
});

const searchMock = (
  address: string,
  result: { total: number; items: ReturnType<typeof vacancy>[]; bySimilarSpelling?: boolean },
): MockLink.MockedResponse => ({
  request: { query: VACANCY_SEARCH, variables: searchVariables(readSearch(new URLSearchParams(address))) },
  result: {
    data: {
      vacancySearch: {
        __typename: 'VacancySearchResult',
        totalExceedsLimit: false,
        bySimilarSpelling: false,
        ...result,
      },
    },
  },
  delay: 20,
});

const filterOptions: MockLink.MockedResponse = {
  request: { query: BANK_FILTER_OPTIONS },
  result: {
    data: {
      localityRegions: ['Алтайский край', 'Новосибирская область'],
      jobCenters: [{ __typename: 'JobCenter', id: 'center-1', name: 'КГКУ ЦЗН г. Барнаула' }],
    },
  },
};

const localities = (region: string | null): MockLink.MockedResponse => ({
  request: { query: LOCALITIES, variables: { search: null, region } },
  result: {
    data: { localities: [{ __typename: 'Locality', name: 'Барнаул', region: 'Алтайский край' }] },
  },
});

function renderBank(mocks: MockLink.MockedResponse[], address = '/vacancies') {
  render(
    <MockedProvider cache={new InMemoryCache()} mocks={[filterOptions, localities(null), ...mocks]}>
      <UiProvider>
        <MemoryRouter initialEntries={[address]}>
          <VacancyBankPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );
}

test('shows the newest vacancies with their count after a loading notice, each card linking to the vacancy', async () => {
  renderBank([
    searchMock('', {
      total: 2,
      items: [
        vacancy('v-1', 'Монтажник окон'),
        vacancy('v-2', 'Бухгалтер', {
          salaryFrom: null,
          salaryTo: null,
          city: null,
          region: null,
          schedule: 'REMOTE',
          employmentType: 'PART',
        }),
      ],
    }),
  ]);
  expect(screen.getAllByText('Ищем вакансии…').length).toBeGreaterThan(0);
  expect(await screen.findByText('Найдено 2 вакансии')).toBeTruthy();
  // A phone (jsdom's media queries match nothing): the filters fold under «Фильтры».
  expect(screen.getByText('Фильтры').tagName).toBe('SUMMARY');
  const list = screen.getByRole('list', { name: 'Найденные вакансии' });
  const cards = within(list).getAllByRole('article');
  expect(cards.map((card) => within(card).getByRole('link').getAttribute('href'))).toEqual([
    '/vacancies/v-1',
    '/vacancies/v-2',
  ]);
  expect(cards[0]!.textContent).toContain('Барнаул · Сменный график · Полная занятость');
  expect(cards[1]!.textContent).toContain('по договорённости');
  expect(cards[1]!.textContent).toContain('Место работы не указано · Удалённая работа · Частичная занятость');
});

test('searches by words and a schedule, says when nothing is found, and offers to reset the filters', async () => {
  const user = userEvent.setup();
  renderBank([
    searchMock('', { total: 1, items: [vacancy('v-1', 'Монтажник окон')] }),
    searchMock('q=бухгалтр', {
      total: 1,
      items: [vacancy('v-3', 'Бухгалтер')],
      bySimilarSpelling: true,
    }),
    searchMock('q=бухгалтр&schedule=ROTATION', { total: 0, items: [] }),
  ]);
  await screen.findByText('Найдено 1 вакансия');
  await user.type(screen.getByLabelText('Должность, обязанности или работодатель'), 'бухгалтр');
  await user.click(screen.getByRole('button', { name: 'Найти' }));
  expect(await screen.findByRole('link', { name: 'Бухгалтер' })).toBeTruthy();
  expect(
    screen.getByText('Точных совпадений со словами «бухгалтр» нет; показаны вакансии с похожим написанием.'),
  ).toBeTruthy();
  await user.click(screen.getByRole('checkbox', { name: 'Вахтовый метод' }));
  expect(
    await screen.findByText('Вакансий по этим условиям нет. Измените запрос или снимите фильтры'),
  ).toBeTruthy();
  expect(screen.getByText('Вакансий не найдено')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Сбросить фильтры' })).toBeTruthy();
  expect(screen.getByText('Фильтры (выбрано: 1)').tagName).toBe('SUMMARY');
});

test('a bad search from the address says what the server refused', async () => {
  renderBank(
    [
      {
        request: {
          query: VACANCY_SEARCH,
          variables: searchVariables(readSearch(new URLSearchParams('city=Нарния&region=Алтайский край'))),
        },
        result: {
          errors: [
            {
              message: 'Населённый пункт «Нарния» не найден в справочнике: выберите его из списка',
              extensions: { code: 'BAD_USER_INPUT', field: 'city' },
            },
          ],
        },
      },
      localities('Алтайский край'),
    ],
    '/vacancies?city=Нарния&region=Алтайский+край',
  );
  expect(await screen.findByText('Не удалось найти вакансии')).toBeTruthy();
  expect(
    screen.getByText('Населённый пункт «Нарния» не найден в справочнике: выберите его из списка'),
  ).toBeTruthy();
});

test('a signed-in citizen stars a found vacancy and its star turns on in the list without reload', async () => {
  const user = userEvent.setup();
  renderBank([
    searchMock('', {
      total: 2,
      items: [vacancy('v-1', 'Монтажник окон'), vacancy('v-2', 'Бухгалтер', { isFavorite: true })],
    }),
    {
      request: { query: ADD_FAVORITE_VACANCY, variables: { vacancyId: 'v-1' } },
      result: {
        data: {
          addFavoriteVacancy: {
            __typename: 'FavoriteVacancy',
            id: 'favorite-1',
            vacancy: { __typename: 'Vacancy', id: 'v-1', isFavorite: true },
          },
        },
      },
    },
  ]);
  const star = await screen.findByRole('button', { name: 'В избранное: Монтажник окон' });
  expect(star.getAttribute('aria-pressed')).toBe('false');
  expect(
    screen.getByRole('button', { name: 'Убрать из избранного: Бухгалтер' }).getAttribute('aria-pressed'),
  ).toBe('true');
  await user.click(star);
  const kept = await screen.findByRole('button', { name: 'Убрать из избранного: Монтажник окон' });
  expect(kept.getAttribute('aria-pressed')).toBe('true');
});

test('a visitor who has not signed in is offered to sign in on each found vacancy', async () => {
  renderBank([searchMock('', { total: 1, items: [vacancy('v-1', 'Монтажник окон', { isFavorite: null })] })]);
  const offer = await screen.findByRole('link', {
    name: 'Войдите, чтобы добавить в избранное: Монтажник окон',
  });
  expect(offer.getAttribute('href')).toBe('/signin');
  expect(screen.queryByRole('button', { name: /избранное/ })).toBeNull();
});
