/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import MatchingPage from './MatchingPage';
import { MATCHING_RESUMES, VACANCY_MATCHES } from './operations';

jest.setTimeout(30_000);

const resume = (id: string, status: string, desiredPosition: string) => ({
  __typename: 'Resume' as const,
  id,
  status,
  desiredPosition,
  keySkills: ['Excel', '1С'],
  city: 'Барнаул',
  desiredSalary: 50000,
});

const match = (id: string, title: string, reasons: string[], isFavorite: boolean) => ({
  __typename: 'VacancyMatch' as const,
  score: 0.9,
  reasons,
  vacancy: {
    __typename: 'Vacancy' as const,
    id,
    title,
    employerName: 'ООО «Кулундинская мельница»',
    salaryFrom: 60000,
    salaryTo: null,
    city: 'Барнаул',
    isFavorite,
  },
});

const renderPage = (resumes: ReturnType<typeof resume>[], matchesOf: Record<string, unknown[]>) =>
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        { request: { query: MATCHING_RESUMES }, result: { data: { myResumes: resumes } } },
        ...Object.entries(matchesOf).map(([position, vacancyMatches]) => ({
          request: {
            query: VACANCY_MATCHES,
            variables: {
              criteria: { position, skills: ['Excel', '1С'], city: 'Барнаул', expectedSalary: 50000 },
            },
          },
          result: { data: { vacancyMatches } },
        })),
      ]}
    >
      <UiProvider>
        <MemoryRouter initialEntries={['/matching']}>
          <MatchingPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

test('each accepted resume has its own matches with reasons and a star; others say when matches appear', async () => {
  renderPage(
    [
      resume('resume-1', 'ACTIVE', 'Бухгалтер'),
      resume('resume-2', 'PENDING_REVIEW', 'Кассир'),
      resume('resume-3', 'WITHDRAWN', 'Экономист'),
      resume('resume-4', 'ACTIVE', 'Кладовщик'),
    ],
    {
      Бухгалтер: [
        match(
          'vacancy-1',
          'Бухгалтер',
          ['совпадает профессия', 'навыки: Excel, 1С', 'тот же город', 'зарплата выше ожидаемой'],
          true,
        ),
        match('vacancy-2', 'Главный бухгалтер', ['совпадает профессия'], false),
      ],
      Кладовщик: [],
    },
  );

  expect(screen.getByText('Загружаем резюме…')).toBeTruthy();
  const accountant = await screen.findByRole('region', { name: 'Бухгалтер' });
  const list = await within(accountant).findByRole('list', { name: 'Вакансии, подходящие под «Бухгалтер»' });
  const [first, second] = within(list).getAllByRole('listitem');
  expect(within(first!).getByRole('heading', { level: 3 }).textContent).toBe('Бухгалтер');
  expect(within(first!).getByRole('link', { name: 'Бухгалтер' }).getAttribute('href')).toBe(
    '/vacancies/vacancy-1',
  );
  expect(first!.textContent).toContain(
    'Подходит: совпадает профессия; навыки: Excel, 1С; тот же город; зарплата выше ожидаемой',
  );
  expect(first!.textContent!.replace(/\s/g, ' ')).toContain('от 60 000 ₽ · Барнаул');
  expect(
    within(first!).getByText('Убрать из избранного').closest('button')!.getAttribute('aria-pressed'),
  ).toBe('true');
  expect(within(second!).getByText('В избранное').closest('button')!.getAttribute('aria-pressed')).toBe(
    'false',
  );

  const cashier = screen.getByRole('region', { name: 'Кассир' });
  expect(cashier.textContent).toContain('Подходящие вакансии появятся, когда центр занятости примет');
  expect(within(cashier).getByRole('link', { name: 'резюме «Кассир»' }).getAttribute('href')).toBe(
    '/resumes/resume-2',
  );
  expect(within(cashier).queryByRole('list')).toBeNull();

  const storekeeper = screen.getByRole('region', { name: 'Кладовщик' });
  expect(await within(storekeeper).findByText('Подходящих вакансий пока нет')).toBeTruthy();

  expect(screen.queryByRole('region', { name: 'Экономист' })).toBeNull();
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    'Бухгалтер',
    'Кассир',
    'Кладовщик',
  ]);
  expect(screen.queryByLabelText('Должность')).toBeNull();
});

test('without a resume the page invites the citizen to create one', async () => {
  renderPage([resume('resume-5', 'WITHDRAWN', 'Экономист')], {});

  const create = await screen.findByRole('link', { name: 'создайте резюме' });
  expect(create.getAttribute('href')).toBe('/resumes/new');
  expect(screen.queryByRole('region')).toBeNull();
});
