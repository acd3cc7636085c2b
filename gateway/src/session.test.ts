import { FIXTURE_PASSWORD, given, type PersonHandle } from '@czn/tools';
import { decodeJwt } from 'jose';
import { SESSION_ENDED } from './access-token';
import { liveClient, subscribeLive } from './test/live-client';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { SESSION_CHECK_SECONDS: '0' } });
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const SIGN_IN = `mutation($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken expiresAt }
}`;

/** The refresh cookie a response sets: its value and its attributes. */
function refreshCookieOf(response: Response): { value: string; attributes: string } | null {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('czn_refresh='));
  if (!cookie) return null;
  const [pair, ...attributes] = cookie.split('; ');
  return { value: pair!.slice('czn_refresh='.length), attributes: attributes.join('; ') };
}

/** Signs the person in again, as a browser does: the answer's access token and refresh cookie. */
async function signIn({ login }: PersonHandle, headers: Record<string, string> = {}) {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { login, password: FIXTURE_PASSWORD } }),
  });
  const body = (await response.json()) as { data: { signIn: { accessToken: string } } };
  const cookie = refreshCookieOf(response);
  expect(cookie).not.toBeNull();
  return { accessToken: body.data.signIn.accessToken, refreshToken: cookie!.value, cookie: cookie! };
}

const post = (path: 'refresh' | 'sign-out', refreshToken: string | null, body: object = {}) =>
  fetch(new URL(`/auth/session/${path}`, stack.gateway.url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(refreshToken ? { cookie: `czn_refresh=${refreshToken}` } : {}),
    },
    body: JSON.stringify(body),
  });

async function refresh(refreshToken: string) {
  const response = await post('refresh', refreshToken);
  return {
    response,
    body: (await response.json()) as Record<string, any>,
    cookie: refreshCookieOf(response),
  };
}

test('sign-in sets the refresh token only as an httpOnly, SameSite=Strict cookie scoped to /auth/session', async () => {
  const { staff } = await given(stack).staff();
  const { cookie, accessToken } = await signIn(staff);
  expect(cookie.value).toMatch(/^[\w-]{43}$/);
  expect(cookie.attributes).toMatch(
    /^Path=\/auth\/session; Max-Age=43\d\d\d; Expires=.+; HttpOnly; SameSite=Strict$/,
  );
  expect(accessToken.includes(cookie.value)).toBe(false);
});

test('POST /auth/session/refresh rotates: a new access token and cookie each time, the old cookie refused', async () => {
  const { staff } = await given(stack).staff();
  const first = await signIn(staff);
  const second = await refresh(first.refreshToken);
  expect(second.response.status).toBe(200);
  expect(second.body).toEqual({ accessToken: expect.any(String), expiresAt: expect.any(String) });
  expect(second.cookie!.value).not.toBe(first.refreshToken);
  expect(decodeJwt(second.body['accessToken'])['sid']).toBe(decodeJwt(first.accessToken)['sid']);

  const me = await stack.request(second.body['accessToken'], '{ me { fullName } mySessions { current } }');
  expect(me.data!['me']).toEqual({ fullName: staff.fullName });
  expect(me.data!['mySessions']).toContainEqual({ current: true });

  const third = await refresh(second.cookie!.value);
  expect(third.response.status).toBe(200);

  // The spent first cookie is reuse: refused, the cookie cleared, and the whole family revoked.
  const replay = await refresh(first.refreshToken);
  expect(replay.response.status).toBe(401);
  expect(replay.body['errors'][0]).toEqual({
    message: 'Сеанс завершён или истёк. Войдите снова.',
    extensions: { code: 'UNAUTHENTICATED' },
  });
  expect(replay.cookie).toEqual({ value: '', attributes: expect.stringContaining('Max-Age=0') });
  expect((await refresh(third.cookie!.value)).response.status).toBe(401);
});

test('refresh without a cookie, or not as JSON, is refused', async () => {
  expect((await post('refresh', null)).status).toBe(401);
  const form = await fetch(new URL('/auth/session/refresh', stack.gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'czn_refresh=x' },
    body: 'a=b',
  });
  expect(form.status).toBe(400);
});

test('a tab signed in as one person never continues as another', async () => {
  const { staff, other } = await given(stack).staff().citizen({ as: 'other' });
  const operator = await signIn(staff);
  const refused = await post('refresh', operator.refreshToken, { userId: other.id });
  expect(refused.status).toBe(401);
  const accepted = await post('refresh', operator.refreshToken, { userId: staff.id });
  expect(accepted.status).toBe(200);
});

test('POST /auth/session/sign-out ends the session server-side and clears the cookie', async () => {
  const { staff } = await given(stack).staff();
  const session = await signIn(staff);
  const response = await post('sign-out', session.refreshToken);
  expect(response.status).toBe(204);
  expect(refreshCookieOf(response)?.attributes).toContain('Max-Age=0');
  expect((await refresh(session.refreshToken)).response.status).toBe(401);
});

test('sign out everywhere: every refresh cookie and access token stops working, and open sockets close', async () => {
  const { employer } = await given(stack).employer();
  const laptop = await signIn(employer);
  const phone = await signIn(employer);
  const before = await stack.request(phone.accessToken, '{ mySessions { id } }');
  expect(before.errors).toBeUndefined();
  const socket = liveClient(stack.gateway.url, phone.accessToken);
  const feed = subscribeLive(socket, 'subscription { appealUpdated { eventId } }');

  const ended = await stack.request(laptop.accessToken, 'mutation { signOutEverywhere }');
  // The builder's own sign-in is the third session.
  expect(ended.data!['signOutEverywhere']).toBe(3);
  expect((await refresh(laptop.refreshToken)).response.status).toBe(401);
  expect((await refresh(phone.refreshToken)).response.status).toBe(401);
  // This stack checks sessions on every request (SESSION_CHECK_SECONDS=0); by default within 30 seconds.
  for (const token of [laptop.accessToken, phone.accessToken, employer.token]) {
    const refused = await stack.request(token, '{ mySessions { id } }');
    expect(refused.errors?.[0]).toMatchObject({
      message: SESSION_ENDED,
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  expect(await socket.closed).toBe(4401);
  await feed.close();
});

test('repeated failures lock the sign-in with a message saying when to try again', async () => {
  const attempt = (login: string) =>
    fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
      body: JSON.stringify({ query: SIGN_IN, variables: { login, password: 'wrong' } }),
    }).then((r) => r.json() as Promise<{ errors: Array<{ message: string }> }>);
  const { staff } = await given(stack).staff();
  const messages: string[] = [];
  for (let i = 0; i < 5; i++) messages.push((await attempt(staff.login)).errors[0]!.message);
  expect(messages[0]).toBe('Неверный логин или пароль. Проверьте раскладку и Caps Lock.');
  expect(messages[4]).toMatch(/^Слишком много неудачных попыток входа\. Попробуйте снова после \d\d:\d\d\. /);
});
