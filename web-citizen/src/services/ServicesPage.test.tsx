/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CITIZEN_SERVICES } from './operations';
import ServicesPage from './ServicesPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const UNEMPLOYED_ONLY =
  'Услуга доступна при открытом личном деле в статусе "Безработный". Статус присваивает центр занятости.';

test('available services lead to their application or their own page; the others say why not', async () => {
  const row = (service: string, appealType: string | null, unavailableReason: string | null) => ({
    __typename: 'CitizenServiceAvailability' as const,
    service,
    appealType,
    available: unavailableReason === null,
    unavailableReason,
  });
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: CITIZEN_SERVICES },
          result: {
            data: {
              citizenServices: [
                row('JOB_SEARCH_ASSISTANCE', 'JOB_SEARCH_ASSISTANCE', null),
                row('VOCATIONAL_TRAINING', 'VOCATIONAL_TRAINING', UNEMPLOYED_ONLY),
                row('RESUME', null, null),
              ],
            },
          },
        },
      ]}
    >
      <UiProvider>
        <MemoryRouter>
          <ServicesPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );

  const jobSearch = await screen.findByRole('link', { name: 'Содействие в поиске подходящей работы' });
  expect(jobSearch.getAttribute('href')).toBe('/services/job-search-assistance');
  expect(screen.getByRole('link', { name: 'Формирование и работа с резюме' }).getAttribute('href')).toBe(
    '/resumes',
  );
  expect(screen.getByText('Доступно')).toBeTruthy();
  expect(screen.queryByRole('link', { name: /Профессиональное обучение/ })).toBeNull();
  expect(screen.getByText(UNEMPLOYED_ONLY)).toBeTruthy();
});
