/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { StatusBadge } from '../appeal/StatusBadge';
import { formatDate } from '../dates';
import { mediaQueries } from '../test/media-queries';
import { ResponsiveList, type ListColumn } from './ResponsiveList';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

interface Row {
  id: string;
  number: string;
  status: 'REGISTERED' | 'IN_PROGRESS';
  createdAt: string;
}

const rows: Row[] = [
  { id: 'a2', number: '2026-000002', status: 'REGISTERED', createdAt: '2026-11-22T07:25:00.000Z' },
  { id: 'a1', number: '2026-000001', status: 'IN_PROGRESS', createdAt: '2026-11-21T03:05:00.000Z' },
];

const columns: ListColumn<Row>[] = [
  { key: 'number', title: 'Номер', render: (row) => <a href={`/appeals/${row.id}`}>{row.number}</a> },
  { key: 'status', title: 'Статус', render: (row) => <StatusBadge status={row.status} /> },
  { key: 'createdAt', title: 'Дата подачи', render: (row) => formatDate(row.createdAt) },
];

/** A screen `width` px wide, as antd's breakpoints ask it through matchMedia. */
function screenOf(width: number) {
  window.matchMedia = mediaQueries((query) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+)px/.exec(query);
    return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
  });
}

const renderList = (items: Row[] = rows) =>
  render(
    <ResponsiveList<Row>
      label="Мои обращения"
      items={items}
      itemKey={(row) => row.id}
      columns={columns}
      itemClassName={(row) => (row.status === 'REGISTERED' ? 'czn-unread' : '')}
      empty="Обращений нет"
    />,
  );

test('on a 390 px phone each record is a card with every column’s label and value: status and date included', () => {
  screenOf(390);
  renderList();
  expect(screen.queryByRole('table')).toBeNull();
  const list = screen.getByRole('list', { name: 'Мои обращения' });
  const [fresh, older] = within(list).getAllByRole('listitem');

  expect(within(fresh!).getByRole('link', { name: '2026-000002' }).getAttribute('href')).toBe('/appeals/a2');
  const fields = [...fresh!.querySelectorAll('dt')].map((term) => [
    term.textContent,
    term.nextElementSibling?.textContent,
  ]);
  expect(fields).toEqual([
    ['Номер', '2026-000002'],
    ['Статус', 'Зарегистрировано'],
    ['Дата подачи', '22.11.2026'],
  ]);
  expect(fresh!.className).toContain('czn-unread');
  expect(within(older!).getByText('В работе')).toBeTruthy();
  expect(within(older!).getByText('21.11.2026')).toBeTruthy();
});

test('on a wider screen the records are a table', () => {
  screenOf(1280);
  renderList();
  expect(screen.queryByRole('list', { name: 'Мои обращения' })).toBeNull();
  const table = screen.getByRole('table', { name: 'Мои обращения' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Номер', 'Статус', 'Дата подачи']);
  const row = within(table).getByRole('link', { name: '2026-000001' }).closest('tr')!;
  expect(within(row).getByText('В работе')).toBeTruthy();
});

test('an empty list says so on a phone too', () => {
  screenOf(390);
  renderList([]);
  expect(screen.getByText('Обращений нет')).toBeTruthy();
  expect(screen.queryByRole('list')).toBeNull();
});
