/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type AuditEntry, PersonalDataAuditTable } from './PersonalDataAuditTable';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const entries: AuditEntry[] = [
  {
    id: 'e2',
    occurredAt: '2026-11-22T07:25:00.000Z',
    action: 'READ',
    kinds: ['PASSPORT', 'SNILS', 'PHONE'],
    actorId: 'u-operator',
    actorRoles: ['REGISTRAR', 'CAREER_CONSULTANT'],
    actor: { fullName: 'Смирнова Ольга Петровна' },
    service: 'citizen',
    operation: 'Просмотр обращения 2026-000012',
    graphqlOperation: 'query DeskAppeal__citizen__0: appeal',
    clientAddress: '10.0.0.7',
  },
  {
    id: 'e1',
    occurredAt: '2026-11-21T03:05:00.000Z',
    action: 'CHANGE',
    kinds: ['ADDRESS'],
    actorId: null,
    actorRoles: [],
    actor: null,
    service: 'identity',
    operation: 'Обновление данных из Госуслуг при входе',
    graphqlOperation: null,
    clientAddress: null,
  },
];

const renderTable = (shown: AuditEntry[]) =>
  render(
    <PersonalDataAuditTable
      entries={shown}
      total={shown.length}
      page={1}
      onPageChange={jest.fn()}
      loading={false}
    />,
  );

test('each entry says when on the region’s clock, what was done to which data, by whom in which roles, and how', () => {
  renderTable(entries);
  const table = screen.getByRole('table', { name: 'Записи журнала доступа к персональным данным' });
  const [, read, change] = within(table).getAllByRole('row');

  expect(within(read!).getByText('22.11.2026 14:25')).toBeTruthy();
  expect(within(read!).getByText('Просмотр')).toBeTruthy();
  expect(within(read!).getByText('Паспорт, СНИЛС, Телефон')).toBeTruthy();
  expect(within(read!).getByText('Смирнова Ольга Петровна')).toBeTruthy();
  expect(within(read!).getByText('Регистратор ЦЗН, Карьерный консультант')).toBeTruthy();
  expect(within(read!).getByText('Просмотр обращения 2026-000012')).toBeTruthy();
  expect(within(read!).getByText('citizen: query DeskAppeal__citizen__0: appeal')).toBeTruthy();
  expect(within(read!).getByText('10.0.0.7')).toBeTruthy();

  expect(within(change!).getByText('Изменение')).toBeTruthy();
  expect(within(change!).getByText('Адрес')).toBeTruthy();
  expect(within(change!).getByText('не вошедший')).toBeTruthy();
  expect(within(change!).getByText('Обновление данных из Госуслуг при входе')).toBeTruthy();
  expect(within(change!).getByText('identity')).toBeTruthy();
});

test('an empty trail says so', () => {
  renderTable([]);
  expect(screen.getByText('Записей нет')).toBeTruthy();
});

test('a long trail pages through the server, 50 entries a page', async () => {
  const onPageChange = jest.fn();
  render(
    <PersonalDataAuditTable
      entries={entries}
      total={120}
      page={1}
      onPageChange={onPageChange}
      loading={false}
    />,
  );
  expect(screen.getByRole('listitem', { name: '3' })).toBeTruthy();
  expect(screen.queryByRole('listitem', { name: '4' })).toBeNull();
  await userEvent.setup().click(screen.getByRole('listitem', { name: '2' }));
  expect(onPageChange.mock.calls[0]?.[0]).toBe(2);
});
