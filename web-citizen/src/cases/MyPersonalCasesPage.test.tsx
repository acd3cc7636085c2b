/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import MyPersonalCasesPage from './MyPersonalCasesPage';
import { MY_PERSONAL_CASES } from './operations';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const row = (id: string, fields: Record<string, unknown>) => ({
  __typename: 'PersonalCase' as const,
  id,
  purpose: 'JOB_SEARCH' as const,
  closedOn: null,
  closeReason: null,
  personalAccountNumber: null,
  ...fields,
});

test('«Личные дела» shows each case’s centre, status, dates and account, with «—» for a centre that did not load', async () => {
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: MY_PERSONAL_CASES },
          result: {
            data: {
              myPersonalCases: [
                row('case-1', {
                  status: 'UNEMPLOYED',
                  openedOn: '2026-12-01',
                  personalAccountNumber: '40817810000000012345',
                  jobCenter: { __typename: 'JobCenter', id: 'jc-1', name: 'ЦЗН г. Барнаул' },
                }),
                row('case-2', {
                  status: 'CLOSED',
                  openedOn: '2025-03-10',
                  closedOn: '2025-09-01',
                  closeReason: 'Трудоустроен',
                  jobCenter: null,
                }),
              ],
            },
            errors: [
              {
                message: 'Сведения о центре занятости временно недоступны. Повторите запрос через минуту.',
                extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'scheduling' },
              },
            ],
          },
        },
      ]}
    >
      <UiProvider>
        <MemoryRouter initialEntries={['/cases']}>
          <MyPersonalCasesPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

  expect(await screen.findByText('Страница показана не полностью')).toBeTruthy();
  expect(screen.getByRole('heading', { level: 1, name: 'Личные дела' })).toBeTruthy();
  const rows = [...document.querySelectorAll('tr[data-row-key]')] as HTMLTableRowElement[];
  expect(rows.map((tr) => [...tr.cells].map((cell) => cell.textContent))).toEqual([
    ['ЦЗН г. Барнаул', 'Безработный', 'Поиск подходящей работы', '01.12.2026', '—', '40817810000000012345'],
    [
      '—Сведения временно недоступны',
      'Закрыто',
      'Поиск подходящей работы',
      '10.03.2025',
      '01.09.2025: Трудоустроен',
      'не открыт',
    ],
  ]);
});
