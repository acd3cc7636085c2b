/** @jest-environment jsdom */
import { randomUUID } from 'node:crypto';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CitizenCases } from './CitizenCases';
import { CITIZEN_PERSONAL_CASES } from './operations';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(60_000);

// jsdom's crypto lacks randomUUID, which the opening form keys its retries with in the browser.
beforeAll(() => {
  Object.defineProperty(globalThis.crypto, 'randomUUID', { value: randomUUID, configurable: true });
});

const caseHere = (status: 'JOB_SEEKER' | 'CLOSED') => ({
  __typename: 'PersonalCase' as const,
  id: `case-${status}`,
  status,
  purpose: 'JOB_SEARCH' as const,
  openedOn: '2026-12-01',
  closedOn: status === 'CLOSED' ? '2026-12-03' : null,
  closeReason: status === 'CLOSED' ? 'Трудоустроена' : null,
  personalAccountNumber: null,
  updatedAt: '2026-12-03T02:00:00.000Z',
  citizen: {
    __typename: 'User' as const,
    id: 'citizen-1',
    fullName: 'Кузьмина Мария Олеговна',
    birthDate: '1990-05-06',
  },
  history: [],
});

function renderCases(here: ReturnType<typeof caseHere>[]) {
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: CITIZEN_PERSONAL_CASES, variables: { citizenId: 'citizen-1' } },
          result: {
            data: {
              citizenPersonalCases: {
                __typename: 'CitizenPersonalCases',
                here,
                elsewhere: [
                  {
                    __typename: 'PersonalCaseElsewhere',
                    jobCenter: { __typename: 'JobCenter', id: 'jc-biysk', name: 'ЦЗН г. Бийск' },
                  },
                ],
              },
            },
          },
        },
      ]}
    >
      <UiProvider>
        <MemoryRouter>
          <CitizenCases citizenId="citizen-1" />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );
}

test('another centre’s case shows only where it is; with an open case here, no second one is offered', async () => {
  renderCases([caseHere('JOB_SEEKER')]);
  expect(await screen.findByText('Есть открытое личное дело в ЦЗН г. Бийск')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Кузьмина Мария Олеговна' }).getAttribute('href')).toBe(
    '/cases/case-JOB_SEEKER',
  );
  expect(screen.queryByRole('button', { name: 'Открыть личное дело' })).toBeNull();
});

test('with only a closed case here, staff may open a new one', async () => {
  renderCases([caseHere('CLOSED')]);
  expect(await screen.findByRole('button', { name: 'Открыть личное дело' })).toBeTruthy();
  expect(screen.getByLabelText('Дата открытия')).toBeTruthy();
});
