/** @jest-environment jsdom */
import { act, render, screen, waitFor } from '@testing-library/react';
import { describeDevice } from './SessionsBlock';
import { renewalDelay } from './refresh';
import { SessionProvider, useSession } from './SessionProvider';
import { SESSION_EXPIRED_NOTICE, type AppAudience } from './session';

const audience: AppAudience = { storageKey: 'test.session', cabinetGenitive: 'теста', admits: () => true };
const user = {
  id: 'u-1',
  fullName: 'Смирнова Ольга Петровна',
  roles: ['REGISTRAR' as const],
  jobCenterId: null,
};

function Probe() {
  const { session, notice, signOut } = useSession();
  return (
    <div>
      <span data-testid="token">{session?.accessToken ?? 'none'}</span>
      <span data-testid="notice">{notice ?? ''}</span>
      <button onClick={() => signOut()}>Выйти</button>
    </div>
  );
}

const calls: Array<{ url: string; body: unknown }> = [];
function answerRefreshWith(status: number, body: object) {
  globalThis.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: init?.body ? JSON.parse(String(init.body)) : null });
    return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
  }) as unknown as typeof fetch;
}

function storeSession(expiresInMs: number) {
  window.sessionStorage.setItem(
    audience.storageKey,
    JSON.stringify({ accessToken: 'old', expiresAt: new Date(Date.now() + expiresInMs).toISOString(), user }),
  );
}

beforeEach(() => {
  calls.length = 0;
  window.sessionStorage.clear();
});

test('shortly before the token expires it is renewed through the refresh cookie, keeping the session', async () => {
  const expiresAt = new Date(Date.now() + 15 * 60_000).toISOString();
  answerRefreshWith(200, { accessToken: 'new', expiresAt });
  storeSession(800);
  render(
    <SessionProvider audience={audience}>
      <Probe />
    </SessionProvider>,
  );
  expect(screen.getByTestId('token').textContent).toBe('old');
  await waitFor(() => expect(screen.getByTestId('token').textContent).toBe('new'), { timeout: 2000 });
  expect(calls).toEqual([{ url: '/auth/session/refresh', body: { userId: 'u-1' } }]);
  expect(JSON.parse(window.sessionStorage.getItem(audience.storageKey)!)).toMatchObject({
    accessToken: 'new',
    expiresAt,
    user,
  });
});

test('when the session cannot be renewed the person is signed out with the expiry message', async () => {
  answerRefreshWith(401, { errors: [{ message: 'Сеанс завершён или истёк. Войдите снова.' }] });
  storeSession(800);
  render(
    <SessionProvider audience={audience}>
      <Probe />
    </SessionProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('token').textContent).toBe('none'), { timeout: 2000 });
  expect(screen.getByTestId('notice').textContent).toBe(SESSION_EXPIRED_NOTICE);
  expect(window.sessionStorage.getItem(audience.storageKey)).toBeNull();
});

test('signing out ends the session on the server too', async () => {
  answerRefreshWith(204, {});
  storeSession(15 * 60_000);
  render(
    <SessionProvider audience={audience}>
      <Probe />
    </SessionProvider>,
  );
  act(() => screen.getByRole('button', { name: 'Выйти' }).click());
  expect(screen.getByTestId('token').textContent).toBe('none');
  expect(screen.getByTestId('notice').textContent).toBe('');
  expect(calls.map((call) => call.url)).toEqual(['/auth/session/sign-out']);
});

test('renewal comes a minute before expiry, or at three quarters of a short remaining life', () => {
  const now = Date.parse('2026-12-10T10:00:00Z');
  expect(renewalDelay('2026-12-10T10:15:00Z', now)).toBe(14 * 60_000);
  expect(renewalDelay('2026-12-10T10:00:04Z', now)).toBe(3_000);
  expect(renewalDelay('2026-12-10T09:59:00Z', now)).toBe(0);
});

test('devices are named from the browser’s User-Agent', () => {
  expect(
    describeDevice(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    ),
  ).toBe('Chrome, Windows');
  expect(describeDevice('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(
    'Firefox, Linux',
  );
  expect(describeDevice(null)).toBe('Неизвестное устройство');
});
