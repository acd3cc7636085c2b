import { ESIA_DEMO_PASSWORD } from '@czn/demo';
import { ESIA_STUB_DEFAULTS, hmacSecret, startEsiaStub, type RunningEsiaStub } from './stub';

let stub: RunningEsiaStub;
beforeAll(async () => {
  stub = await startEsiaStub();
});
afterAll(() => stub.stop());

async function authorize(overrides: Record<string, string> = {}) {
  const params = {
    client_id: ESIA_STUB_DEFAULTS.clientId,
    scope: 'openid fullname',
    timestamp: '2026.12.11 08:00:00 +0000',
    state: 'state-1',
    redirect_uri: 'http://portal.test/auth/esia/callback',
    response_type: 'code',
    nonce: 'nonce-1',
  };
  const signed = params.client_id + params.scope + params.timestamp + params.state + params.redirect_uri;
  const query = new URLSearchParams({
    ...params,
    client_secret: hmacSecret(ESIA_STUB_DEFAULTS.clientSecret, signed),
    ...overrides,
  });
  return fetch(`${stub.url}/aas/oauth2/v2/ac?${query}`);
}

test('the sign-in page is Russian, with the three ways of seed 000', async () => {
  const response = await authorize();
  expect(response.status).toBe(200);
  const page = await response.text();
  expect(page).toContain('<html lang="ru">');
  for (const tab of ['Телефон / почта', 'СНИЛС', 'Электронная подпись']) expect(page).toContain(tab);
  expect(page).toContain('<label for="login">Телефон или почта</label>');
});

test('a request with a wrong client_secret is refused', async () => {
  const response = await authorize({ client_secret: 'forged' });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('Подпись запроса (client_secret) неверна');
});

test('a wrong password keeps the person on the page with a message; the right one returns a code', async () => {
  const request = /name="request" value="([^"]+)"/.exec(await (await authorize()).text())![1]!;
  const login = (password: string) =>
    fetch(`${stub.url}/aas/oauth2/v2/ac/login`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ request, method: 'snils', login: '112-233-445 95', password }),
    });
  const wrong = await login('nope');
  expect(wrong.status).toBe(401);
  expect(await wrong.text()).toContain('Неверный СНИЛС или пароль');
  const right = await login(ESIA_DEMO_PASSWORD);
  const back = new URL(right.headers.get('location')!);
  expect(back.searchParams.get('state')).toBe('state-1');
  expect(back.searchParams.get('code')).toBeTruthy();
});

test('the e-signature tab says it is unavailable in the stub', async () => {
  const request = /name="request" value="([^"]+)"/.exec(await (await authorize()).text())![1]!;
  const page = await (
    await fetch(`${stub.url}/aas/oauth2/v2/ac/login?request=${request}&method=signature`)
  ).text();
  expect(page).toContain('недоступен');
  expect(page).not.toContain('<form');
});
