/** @jest-environment jsdom */
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { PERSONAL_DATA_AUDIT, REQUEST_PERSONAL_DATA_ACCESS } from './operations';
import PersonalDataAuditPage from './PersonalDataAuditPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const SNILS = '11122233302';
const REFUSAL =
  'Журнал недоступен: среди людей, связанных с вашим ЦЗН (обращения, направления), такого нет. Если журнал нужен по службе, запросите доступ с обоснованием';
const variables = { subject: { snils: SNILS }, page: { limit: 50, offset: 0 } };
const REASON = 'Гражданка переехала и просит продолжить работу по её делу';

const refused: MockLink.MockedResponse = {
  request: { query: PERSONAL_DATA_AUDIT, variables },
  result: { errors: [new GraphQLError(REFUSAL, { extensions: { code: 'NOT_FOUND' } })] },
};
const trail: MockLink.MockedResponse = {
  request: { query: PERSONAL_DATA_AUDIT, variables },
  result: {
    data: {
      personalDataAudit: {
        __typename: 'PersonalDataAuditPage',
        person: { __typename: 'NamedPerson', id: 'person-1', fullName: 'Бийская Анна Сергеевна' },
        total: 0,
        entries: [],
      },
    },
  },
};
const granted: MockLink.MockedResponse = {
  request: { query: REQUEST_PERSONAL_DATA_ACCESS, variables: { subject: { snils: SNILS }, reason: REASON } },
  result: {
    data: {
      requestPersonalDataAccess: {
        __typename: 'PersonalDataAccessGrant',
        id: 'grant-1',
        expiresAt: '2026-12-17T07:30:00.000Z',
      },
    },
  },
};

function showPage(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <UiProvider>
        <MemoryRouter initialEntries={[`/personal-data-audit?snils=${SNILS}`]}>
          <PersonalDataAuditPage />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

test('a person unrelated to the centre is refused on the field, and access asked with a reason opens the trail', async () => {
  const user = showPage([refused, granted, trail]);
  expect(await screen.findByText(REFUSAL)).toBeTruthy();
  expect(screen.getByLabelText('СНИЛС').getAttribute('aria-invalid')).toBe('true');

  await user.type(screen.getByLabelText('Обоснование'), REASON);
  await user.click(screen.getByText('Запросить доступ', { selector: 'button span' }));
  expect(await screen.findByText('Бийская Анна Сергеевна')).toBeTruthy();
  expect(screen.queryByLabelText('Обоснование')).toBeNull();
});
