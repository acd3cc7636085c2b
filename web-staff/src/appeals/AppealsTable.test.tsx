/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { DeskAppealRowFragment } from '../gql/graphql';
import { AppealsTable } from './AppealsTable';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const appeals: DeskAppealRowFragment[] = [
  {
    id: 'a2',
    number: '2026-000002',
    type: 'CAREER_GUIDANCE',
    status: 'REGISTERED',
    createdAt: '2026-11-22T07:25:00.000Z',
    applicant: { id: 'u1', fullName: 'Иванов Иван Иванович' },
  },
  {
    id: 'a1',
    number: '2026-000001',
    type: 'JOB_SEARCH_ASSISTANCE',
    status: 'IN_PROGRESS',
    createdAt: '2026-11-21T03:05:00.000Z',
    applicant: { id: 'u2', fullName: 'Петрова Анна Сергеевна' },
  },
];

test('each appeal is a row whose number links to its card; a new one is highlighted and marked', () => {
  render(
    <MemoryRouter>
      <AppealsTable
        appeals={appeals}
        unseen={new Set(['a2'])}
        loading={false}
        emptyText="Обращений пока нет"
      />
    </MemoryRouter>,
  );
  const table = screen.getByRole('table', { name: 'Обращения центра занятости' });

  const fresh = within(table).getByRole('link', { name: '2026-000002' });
  expect(fresh.getAttribute('href')).toBe('/appeals/a2');
  const freshRow = fresh.closest('tr')!;
  expect(freshRow.className).toContain('czn-arrived');
  expect(within(freshRow).getByText('новое')).toBeTruthy();
  expect(within(freshRow).getByText('Профессиональная ориентация')).toBeTruthy();
  expect(within(freshRow).getByText('Зарегистрировано')).toBeTruthy();
  expect(within(freshRow).getByText('22.11.2026 14:25')).toBeTruthy();

  const seenRow = within(table).getByRole('link', { name: '2026-000001' }).closest('tr')!;
  expect(seenRow.className).not.toContain('czn-arrived');
  expect(within(seenRow).getByText('Петрова Анна Сергеевна')).toBeTruthy();
  expect(within(seenRow).getByText('В работе')).toBeTruthy();
});

test('an empty list says so', () => {
  render(
    <MemoryRouter>
      <AppealsTable appeals={[]} unseen={new Set()} loading={false} emptyText="Обращений пока нет" />
    </MemoryRouter>,
  );
  expect(screen.getByText('Обращений пока нет')).toBeTruthy();
});

test('an appeal whose applicant is missing (identity down) keeps its row, with «—» for the name', () => {
  render(
    <MemoryRouter>
      <AppealsTable
        appeals={[{ ...appeals[0]!, applicant: null }]}
        unseen={new Set()}
        loading={false}
        emptyText="Обращений пока нет"
      />
    </MemoryRouter>,
  );
  const row = screen.getByRole('link', { name: '2026-000002' }).closest('tr')!;
  expect(within(row).getByText('Сведения временно недоступны')).toBeTruthy();
  expect(within(row).getByText('Зарегистрировано')).toBeTruthy();
});
