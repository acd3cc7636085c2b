/** @jest-environment jsdom */
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import type { PartnerReferralStatus } from '../gql/graphql';
import { PARTNER_REFERRALS } from './operations';
import PartnerReferralsPage from './PartnerReferralsPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const row = (n: number, status: PartnerReferralStatus, outcome: string | null = null) => ({
  __typename: 'PartnerReferral' as const,
  id: `referral-${n}`,
  personFullName: `Гражданин ${n}`,
  purpose: `Цель ${n}`,
  status,
  outcome,
  createdAt: '2026-11-20T02:15:00.000Z',
});

const listed = (
  status: PartnerReferralStatus | null,
  offset: number,
  rows: ReturnType<typeof row>[],
): MockLink.MockedResponse => ({
  request: { query: PARTNER_REFERRALS, variables: { status, page: { limit: 21, offset } } },
  result: { data: { partnerReferrals: rows } },
});

function Address() {
  const { pathname, search } = useLocation();
  return <output data-testid="address">{pathname + search}</output>;
}

function showList(address: string, mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <UiProvider>
        <MemoryRouter initialEntries={[address]}>
          <PartnerReferralsPage />
          <Address />
        </MemoryRouter>
      </UiProvider>
    </MockedProvider>,
  );
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

const rowTexts = () =>
  [...document.querySelectorAll('tr[data-row-key]')].map((tr) =>
    [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent),
  );

test('each referral is a row: when, the citizen linking to the card, purpose, status and outcome', async () => {
  showList('/referrals', [listed(null, 0, [row(2, 'COMPLETED', 'Рассрочка оформлена'), row(1, 'SENT')])]);
  await screen.findByText('Гражданин 2');
  expect(rowTexts()).toEqual([
    ['20.11.2026 09:15', 'Гражданин 2', 'Цель 2', 'Исполнено', 'Рассрочка оформлена'],
    ['20.11.2026 09:15', 'Гражданин 1', 'Цель 1', 'Направлено', '—'],
  ]);
  expect(screen.getByText('Гражданин 1').closest('a')!.getAttribute('href')).toBe('/referrals/referral-1');
  expect(screen.queryByLabelText('Страницы направлений')).toBeNull();
});

test('the status and the page come from the address; a full page offers the next one, kept in the address', async () => {
  const page2 = Array.from({ length: 21 }, (_, i) => row(40 - i, 'ACCEPTED'));
  const user = showList('/referrals?status=ACCEPTED&page=2', [
    listed('ACCEPTED', 20, page2),
    listed('ACCEPTED', 40, [row(20, 'ACCEPTED')]),
  ]);
  await screen.findByText('Гражданин 40');
  expect(rowTexts()).toHaveLength(20);
  expect(screen.getByText('Страница 2')).toBeTruthy();

  await user.click(screen.getByText('Следующая страница →'));
  await screen.findByText('Гражданин 20');
  expect(screen.getByTestId('address').textContent).toBe('/referrals?status=ACCEPTED&page=3');
  expect(screen.getByText('Следующая страница →').closest('button')!.disabled).toBe(true);
});

test('no referrals at all: «Направлений нет»', async () => {
  showList('/referrals', [listed(null, 0, [])]);
  expect(await screen.findByText('Направлений нет')).toBeTruthy();
});

test('a filtered list with nothing in it names the status', async () => {
  showList('/referrals?status=DECLINED', [listed('DECLINED', 0, [])]);
  expect(await screen.findByText('Направлений в статусе «Отклонено» нет')).toBeTruthy();
});
