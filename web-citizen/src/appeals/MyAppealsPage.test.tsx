/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import MyAppealsPage from './MyAppealsPage';
import { MY_APPEALS } from './operations';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const row = (id: string, number: string) => ({
  __typename: 'Appeal' as const,
  id,
  number,
  type: 'JOB_SEARCH_ASSISTANCE' as const,
  status: 'REGISTERED' as const,
  unread: false,
  createdAt: '2026-11-20T02:15:00.000Z',
  updatedAt: '2026-11-20T02:15:00.000Z',
  jobCenter: null,
});

test('with the job centres missing, «Мои обращения» lists the appeals with «—» for them and says what is missing', async () => {
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: MY_APPEALS },
          result: {
            data: { myAppeals: [row('appeal-1', '2026-000001'), row('appeal-2', '2026-000002')] },
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
        <MemoryRouter initialEntries={['/appeals']}>
          <MyAppealsPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

  expect(await screen.findByText('Страница показана не полностью')).toBeTruthy();
  expect(
    screen.getByText('Сведения о центре занятости временно недоступны. Повторите запрос через минуту.'),
  ).toBeTruthy();
  const rows = [...document.querySelectorAll('tr[data-row-key]')] as HTMLTableRowElement[];
  expect(rows.map((tr) => [tr.cells[0]!.textContent, tr.cells[2]!.textContent])).toEqual([
    ['2026-000001', '—Сведения временно недоступны'],
    ['2026-000002', '—Сведения временно недоступны'],
  ]);
});
