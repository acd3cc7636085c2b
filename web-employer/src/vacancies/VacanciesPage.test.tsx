/** @jest-environment jsdom */
import { MockedProvider } from '@apollo/client/testing/react';
import { formatSalary } from '@czn/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { VacancyStatus } from '../gql/graphql';
import { ORGANIZATION_VACANCIES, VACANCIES_LIMIT } from './operations';
import VacanciesPage from './VacanciesPage';

// antd tables render slowly in jsdom, and more so on a two-core machine busy with other suites.
jest.setTimeout(30_000);

/** Russian number formatting groups digits with no-break spaces. */
const plainSpaces = (text: string | null | undefined) => text?.replace(/\s/g, ' ');

test.each([
  [45000, 60000, 'от 45 000 ₽ до 60 000 ₽'],
  [45000, null, 'от 45 000 ₽'],
  [null, 60000, 'до 60 000 ₽'],
  [50000, 50000, '50 000 ₽'],
  [null, null, 'по договорённости'],
])('salary from %p to %p reads «%s»', (from, to, text) => {
  expect(plainSpaces(formatSalary(from, to))).toBe(text);
});

const vacancy = (
  id: string,
  title: string,
  status: VacancyStatus,
  from: number | null,
  to: number | null,
) => ({
  __typename: 'Vacancy' as const,
  id,
  title,
  salaryFrom: from,
  salaryTo: to,
  status,
  createdAt: '2026-11-20T02:15:00.000Z',
  jobCenter: { __typename: 'JobCenter' as const, id: 'job-center-1', name: 'ЦЗН г. Барнаула' },
});

const glazier = vacancy('vacancy-1', 'Монтажник окон ПВХ', 'ACTIVE', 45000, 60000);
const manager = vacancy('vacancy-2', 'Менеджер по продажам', 'WITHDRAWN', null, null);

const listed = (status: VacancyStatus | null, vacancies: ReturnType<typeof vacancy>[]) => ({
  request: {
    query: ORGANIZATION_VACANCIES,
    variables: { status, page: { limit: VACANCIES_LIMIT, offset: 0 } },
  },
  result: { data: { organizationVacancies: vacancies } },
});

function showVacancies() {
  render(
    <MockedProvider mocks={[listed(null, [glazier, manager]), listed('WITHDRAWN', [manager])]}>
      <MemoryRouter initialEntries={['/vacancies']}>
        <VacanciesPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

test('the table shows salaries and statuses in Russian, with the count in the heading', async () => {
  showVacancies();
  expect(await screen.findByText('2 вакансии', { selector: 'h2' })).toBeTruthy();
  const rows = [...document.querySelectorAll('tr[data-row-key]')] as HTMLTableRowElement[];
  expect(rows.map((row) => [...row.cells].map((cell) => plainSpaces(cell.textContent)))).toEqual([
    ['Монтажник окон ПВХ', 'от 45 000 ₽ до 60 000 ₽', 'Активная', 'ЦЗН г. Барнаула', '20.11.2026'],
    ['Менеджер по продажам', 'по договорённости', 'Снята', 'ЦЗН г. Барнаула', '20.11.2026'],
  ]);
  expect(screen.getByText('Монтажник окон ПВХ').closest('a')?.getAttribute('href')).toBe(
    '/vacancies/vacancy-1',
  );
});

test('the status filter offers all, active and withdrawn vacancies, and lists the chosen ones', async () => {
  showVacancies();
  const filter = screen.getByRole('radiogroup', { name: 'Какие вакансии показать' });
  expect(
    within(filter)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent),
  ).toEqual(['Все', 'Активные', 'Снятые']);
  expect(within(filter).getByLabelText('Все')).toHaveProperty('checked', true);
  await screen.findByText('2 вакансии', { selector: 'h2' });

  await userEvent.click(within(filter).getByText('Снятые'));
  expect(await screen.findByText('1 вакансия', { selector: 'h2' })).toBeTruthy();
  expect(within(filter).getByLabelText('Снятые')).toHaveProperty('checked', true);
  expect(screen.getByText('Менеджер по продажам').closest('a')?.getAttribute('href')).toBe(
    '/vacancies/vacancy-2',
  );
  expect(screen.queryByText('Монтажник окон ПВХ')).toBeNull();
});
