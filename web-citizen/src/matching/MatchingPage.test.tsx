/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import MatchingPage from './MatchingPage';
import { VACANCY_MATCHES } from './operations';

jest.setTimeout(30_000);

const criteria = { position: 'Бухгалтер', skills: ['Excel', '1С'], city: 'Барнаул', expectedSalary: 50000 };

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

test('the criteria typed in the form bring the matches with their reasons and a star each', async () => {
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: VACANCY_MATCHES, variables: { criteria } },
          result: {
            data: {
              vacancyMatches: [
                match(
                  'vacancy-1',
                  'Бухгалтер',
                  ['совпадает профессия', 'навыки: Excel, 1С', 'тот же город', 'зарплата выше ожидаемой'],
                  true,
                ),
                match('vacancy-2', 'Главный бухгалтер', ['совпадает профессия'], false),
              ],
            },
          },
        },
      ]}
    >
      <UiProvider>
        <MemoryRouter initialEntries={['/matching']}>
          <MatchingPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

  fireEvent.click(screen.getByText('Подобрать вакансии'));
  expect(await screen.findByText('Укажите желаемую должность')).toBeTruthy();

  fireEvent.change(screen.getByLabelText('Должность'), { target: { value: ' Бухгалтер ' } });
  const skills = screen.getByLabelText('Навыки');
  fireEvent.change(skills, { target: { value: 'Excel,' } });
  fireEvent.change(skills, { target: { value: '1С,' } });
  fireEvent.change(screen.getByLabelText('Город'), { target: { value: 'Барнаул' } });
  fireEvent.change(screen.getByLabelText('Зарплата от, ₽ в месяц'), { target: { value: '50000' } });
  fireEvent.click(screen.getByText('Подобрать вакансии'));

  const list = await screen.findByRole('list', { name: 'Вакансии, подходящие под «Бухгалтер»' });
  const [first, second] = within(list).getAllByRole('listitem');
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
});
