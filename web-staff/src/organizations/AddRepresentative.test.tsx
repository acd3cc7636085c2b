/** @jest-environment jsdom */
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import { EMAIL_REQUIRED, FULL_NAME_REQUIRED } from './AddRepresentative';
import { ADD_ORGANIZATION_REPRESENTATIVE, ORGANIZATIONS } from './operations';
import OrganizationsPage from './OrganizationsPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const SHORT_NAME = 'ООО «Алтайские окна»';

const representative = {
  __typename: 'User' as const,
  id: 'user-3',
  fullName: 'Лебедева Ольга Сергеевна',
  email: 'lebedeva@okna.example.ru',
};

const organizations = (representatives: unknown[]): MockLink.MockedResponse => ({
  request: { query: ORGANIZATIONS, variables: { search: null } },
  result: {
    data: {
      organizations: [
        {
          __typename: 'Organization',
          id: 'organization-1',
          name: 'Общество с ограниченной ответственностью «Алтайские окна»',
          shortName: SHORT_NAME,
          inn: '2225015698',
          kpp: '222501001',
          ogrn: '1152225145093',
          createdAt: '2026-11-20T02:15:00.000Z',
          representatives,
        },
      ],
    },
  },
});

const input = { fullName: 'Лебедева Ольга Сергеевна', email: 'lebedeva@okna.example.ru', phone: null };
const added = (variables: Record<string, unknown>, result: MockLink.MockedResponse['result']) => ({
  request: { query: ADD_ORGANIZATION_REPRESENTATIVE, variables },
  result,
});

function showPage(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <UiProvider>
        <OrganizationsPage />
      </UiProvider>
    </MockedProvider>,
  );
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

// Role queries compute styles, which takes seconds a query in jsdom under antd: find by text and labels.
const openDialog = async (user: UserEvent) => {
  await user.click(await screen.findByLabelText(`Добавить представителя: ${SHORT_NAME}`));
  return (await screen.findByText(`Новый представитель: ${SHORT_NAME}`)).closest<HTMLElement>(
    '[role="dialog"]',
  )!;
};
const submitIn = (dialog: HTMLElement) =>
  within(dialog).getByText('Добавить и отправить код').closest<HTMLButtonElement>('button')!;

test('an organisation without a representative says so; Enter opens the dialog and submits it, and empty fields say what to fill', async () => {
  const user = showPage([organizations([])]);
  expect(await screen.findByText('Представителя нет')).toBeTruthy();
  const opener = await screen.findByLabelText(`Добавить представителя: ${SHORT_NAME}`);
  opener.focus();
  await user.keyboard('{Enter}');
  const dialog = (await screen.findByText(`Новый представитель: ${SHORT_NAME}`)).closest<HTMLElement>(
    '[role="dialog"]',
  )!;
  within(dialog).getByLabelText('Электронная почта').focus();
  await user.keyboard('{Enter}');
  expect(await within(dialog).findByText(FULL_NAME_REQUIRED)).toBeTruthy();
  expect(within(dialog).getByText(EMAIL_REQUIRED)).toBeTruthy();
});

test('the server’s complaint about a field is shown at that field', async () => {
  const user = showPage([
    organizations([]),
    added(
      { organizationId: 'organization-1', input: { ...input, phone: '913 555 12 34' } },
      {
        errors: [
          {
            message: 'Укажите телефон представителя в формате +7 (XXX) XXX-XX-XX или оставьте поле пустым',
            extensions: { code: 'BAD_USER_INPUT', field: 'phone' },
          },
        ],
      },
    ),
  ]);
  const dialog = await openDialog(user);
  await user.type(within(dialog).getByLabelText('ФИО представителя'), input.fullName);
  await user.type(within(dialog).getByLabelText('Электронная почта'), input.email);
  await user.type(within(dialog).getByLabelText('Телефон'), '913 555 12 34');
  await user.click(submitIn(dialog));
  const complaint = await within(dialog).findByText(
    'Укажите телефон представителя в формате +7 (XXX) XXX-XX-XX или оставьте поле пустым',
  );
  expect(complaint.closest('.ant-form-item')!.textContent).toContain('Телефон');
});

test('an added representative appears in the list, and staff are told where the code was sent', async () => {
  const user = showPage([
    organizations([]),
    added(
      { organizationId: 'organization-1', input },
      {
        data: {
          addOrganizationRepresentative: {
            __typename: 'ActivationInvitation',
            expiresAt: '2026-12-20T02:15:00.000Z',
            emailSent: true,
            representative,
          },
        },
      },
    ),
    organizations([{ ...representative, activation: null }]),
  ]);
  const dialog = await openDialog(user);
  await user.type(within(dialog).getByLabelText('ФИО представителя'), ` ${input.fullName} `);
  await user.type(within(dialog).getByLabelText('Электронная почта'), input.email);
  await user.click(submitIn(dialog));
  expect(
    await screen.findByText(
      'Представитель добавлен: Лебедева Ольга Сергеевна. Код активации отправлен на lebedeva@okna.example.ru; действует до 20.12.2026.',
    ),
  ).toBeTruthy();
  expect(await screen.findByText('lebedeva@okna.example.ru')).toBeTruthy();
  await waitFor(() => expect(screen.queryByText('Представителя нет')).toBeNull());
});
