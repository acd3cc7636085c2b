/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { PartnerReferralStatus } from '../gql/graphql';
import { ACCEPT_PARTNER_REFERRAL, PARTNER_REFERRAL, RECORD_PARTNER_REFERRAL_OUTCOME } from './operations';
import PartnerReferralPage from './PartnerReferralPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const card = (status: PartnerReferralStatus, outcome: string | null = null) => ({
  __typename: 'PartnerReferral' as const,
  id: 'referral-1',
  personFullName: 'Иванов Иван Иванович',
  purpose: 'Рассмотреть рассрочку задолженности по алиментам',
  status,
  outcome,
  createdAt: '2026-11-20T02:15:00.000Z',
  updatedAt: '2026-11-21T03:00:00.000Z',
  jobCenter: { __typename: 'JobCenter' as const, id: 'job-center-1', name: 'ЦЗН г. Барнаула' },
  lifeSituation: null,
});

const opened = (status: PartnerReferralStatus): MockLink.MockedResponse => ({
  request: { query: PARTNER_REFERRAL, variables: { id: 'referral-1' } },
  result: { data: { partnerReferral: card(status) } },
});

function showCard(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks} cache={new InMemoryCache()}>
      <UiProvider>
        <MemoryRouter initialEntries={['/referrals/referral-1']}>
          <Routes>
            <Route path="/referrals/:id" element={<PartnerReferralPage />} />
          </Routes>
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

// Role queries compute styles, which takes seconds a query in jsdom under antd's styles.
const actionSection = () =>
  document.querySelector<HTMLElement>('section[aria-labelledby="referral-actions"]');
const actionLabels = () => [...(actionSection()?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
const button = (text: string) => screen.getByText(text).closest<HTMLButtonElement>('button')!;
const statusBadge = () => document.querySelector('.czn-status')!.textContent;

test.each<[PartnerReferralStatus, string, string[]]>([
  ['SENT', 'Направлено', ['Принять', 'Отклонить']],
  ['ACCEPTED', 'Принято', ['Исполнено', 'Отклонить']],
  ['COMPLETED', 'Исполнено', []],
  ['DECLINED', 'Отклонено', []],
])('a referral in %s («%s») offers only %j', async (status, label, actions) => {
  showCard([opened(status)]);
  await screen.findByText('Направление: Иванов Иван Иванович');
  expect(statusBadge()).toBe(label);
  expect(actionLabels()).toEqual(actions);
  expect(screen.getByText('Рассмотреть рассрочку задолженности по алиментам')).toBeTruthy();
  expect(screen.getByText('ЦЗН г. Барнаула')).toBeTruthy();
});

test('«Принять» moves the card to «Принято»: «Исполнено» takes its place and the focus', async () => {
  const user = showCard([
    opened('SENT'),
    {
      request: { query: ACCEPT_PARTNER_REFERRAL, variables: { id: 'referral-1' } },
      result: { data: { acceptPartnerReferral: card('ACCEPTED') } },
    },
  ]);
  await screen.findByText('Направление: Иванов Иван Иванович');
  await user.click(button('Принять'));
  expect(await screen.findByText('Направление принято в работу')).toBeTruthy();
  expect(statusBadge()).toBe('Принято');
  expect(actionLabels()).toEqual(['Исполнено', 'Отклонить']);
  expect(document.activeElement).toBe(button('Исполнено'));
});

test('«Исполнено» asks what was done, records it, and the card shows the outcome without actions', async () => {
  const user = showCard([
    opened('ACCEPTED'),
    {
      request: {
        query: RECORD_PARTNER_REFERRAL_OUTCOME,
        variables: { id: 'referral-1', status: 'COMPLETED', outcome: 'Рассрочка оформлена' },
      },
      result: { data: { recordPartnerReferralOutcome: card('COMPLETED', 'Рассрочка оформлена') } },
    },
  ]);
  await screen.findByText('Направление: Иванов Иван Иванович');
  await user.click(button('Исполнено'));
  await user.click(button('Отметить исполненным'));
  expect(await screen.findByText('Опишите, что сделано по направлению')).toBeTruthy();

  await user.type(screen.getByLabelText('Что сделано'), 'Рассрочка оформлена');
  await user.click(button('Отметить исполненным'));
  expect(await screen.findByText('Направление исполнено')).toBeTruthy();
  expect(statusBadge()).toBe('Исполнено');
  expect(screen.getByText('Рассрочка оформлена')).toBeTruthy();
  expect(actionSection()).toBeNull();
  expect(document.activeElement?.textContent).toBe('Направление: Иванов Иван Иванович');
});

test('a refused step shows the server’s reason next to the actions', async () => {
  const user = showCard([
    opened('SENT'),
    {
      request: { query: ACCEPT_PARTNER_REFERRAL, variables: { id: 'referral-1' } },
      result: {
        errors: [
          {
            message:
              'Направление в статусе «Отклонено»: перевести его в «Принято» нельзя. Обновите направление',
            extensions: { code: 'CONFLICT' },
          },
        ],
      },
    },
  ]);
  await screen.findByText('Направление: Иванов Иван Иванович');
  await user.click(button('Принять'));
  const alert = await within(actionSection()!).findByText(/перевести его в «Принято» нельзя/);
  expect(alert).toBeTruthy();
});
