/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import MyResumesPage from './MyResumesPage';
import { MY_RESUMES } from './operations';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const row = (
  id: string,
  desiredPosition: string,
  status: 'ACTIVE' | 'REJECTED',
  rejectionReason: string | null,
) => ({
  __typename: 'Resume' as const,
  id,
  status,
  desiredPosition,
  desiredSalary: null,
  city: 'Барнаул',
  rejectionReason,
  createdAt: '2026-11-20T02:15:00.000Z',
  updatedAt: '2026-11-21T02:15:00.000Z',
  jobCenter: null,
});

test('«Мои резюме» show each status by its label and a refusal’s reason, the centres missing said as such', async () => {
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: MY_RESUMES },
          result: {
            data: {
              myResumes: [
                row('r-1', 'Водитель категории B', 'REJECTED', 'Уберите телефон из раздела «О себе»'),
                row('r-2', 'Монтажник', 'ACTIVE', null),
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
        <MemoryRouter initialEntries={['/resumes']}>
          <MyResumesPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

  expect(await screen.findByText('Страница показана не полностью')).toBeTruthy();
  const rows = [...document.querySelectorAll('tr[data-row-key]')] as HTMLTableRowElement[];
  expect(rows.map((tr) => [...tr.cells].slice(0, 4).map((cell) => cell.textContent))).toEqual([
    [
      'Водитель категории B',
      '—Сведения временно недоступны',
      'Отказано',
      'Уберите телефон из раздела «О себе»',
    ],
    ['Монтажник', '—Сведения временно недоступны', 'Активное', '—'],
  ]);
  expect(screen.getByText('Создать резюме')).toBeTruthy();
});
