import { given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { isSameDocument, markDocument, seriousViolations } from './browser';
import { browserSuite } from './suite';
import { signInThroughPage, waitLive } from './sign-in';

const suite = browserSuite();
const { newPage } = suite;

const storedSession = (page: Page) =>
  page.evaluate(() => JSON.parse(window.sessionStorage.getItem('czn.staff.session') ?? 'null')) as Promise<{
    accessToken: string;
    expiresAt: string;
  } | null>;

test('a token about to expire is renewed through the httpOnly cookie without reloading the page; sign-out ends the session on the server', async () => {
  const { staff } = await given(suite.platform.stack).jobCenter().staff('REGISTRAR');
  const operator = await newPage();
  const desk = `${suite.platform.apps['web-staff'].url}/appeals`;
  await signInThroughPage(operator, desk, staff);
  await operator.getByRole('table', { name: 'Обращения центра занятости' }).waitFor();

  const [cookie] = (await operator.context().cookies()).filter((c) => c.name === 'czn_refresh');
  expect(cookie).toMatchObject({ path: '/auth/session', httpOnly: true, sameSite: 'Strict' });
  expect(await operator.evaluate(() => document.cookie)).not.toContain('czn_refresh');

  // The token now expires in 4 s: the page renews it at 3 s and stays as it is.
  await operator.evaluate(() => {
    const key = 'czn.staff.session';
    const session = JSON.parse(window.sessionStorage.getItem(key)!);
    window.sessionStorage.setItem(
      key,
      JSON.stringify({ ...session, expiresAt: new Date(Date.now() + 4_000).toISOString() }),
    );
  });
  await operator.reload();
  await operator.getByRole('table', { name: 'Обращения центра занятости' }).waitFor();
  await waitLive(operator);
  await markDocument(operator);
  const before = (await storedSession(operator))!;
  await operator.waitForFunction(
    (token) =>
      JSON.parse(window.sessionStorage.getItem('czn.staff.session') ?? 'null')?.accessToken !== token,
    before.accessToken,
    { timeout: 10_000 },
  );
  await operator.waitForTimeout(2_000);
  const after = (await storedSession(operator))!;
  expect(Date.parse(after.expiresAt) - Date.now()).toBeGreaterThan(10 * 60_000);
  expect(await isSameDocument(operator)).toBe(true);
  expect(new URL(operator.url()).pathname).toBe('/appeals');
  await waitLive(operator);
  expect(await seriousViolations(operator)).toEqual([]);

  // The cookie was rotated; the spent one is refused.
  const [rotated] = (await operator.context().cookies()).filter((c) => c.name === 'czn_refresh');
  expect(rotated!.value).not.toBe(cookie!.value);

  await operator.getByRole('button', { name: 'Выйти' }).click();
  await operator.waitForURL((address) => address.pathname.startsWith('/signin'));
  const refresh = (token: string) =>
    fetch(new URL('/auth/session/refresh', suite.platform.stack.gateway.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `czn_refresh=${token}` },
      body: '{}',
    });
  // Signing out ended the session: even the newest refresh token no longer works.
  let status = 0;
  for (let i = 0; i < 50 && status !== 401; i++) {
    status = (await refresh(rotated!.value)).status;
    if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(status).toBe(401);
});

test('two tabs renewing at the same moment take turns: both get a new token and the session goes on', async () => {
  const { staff } = await given(suite.platform.stack).jobCenter().staff('REGISTRAR');
  const first = await newPage();
  const desk = `${suite.platform.apps['web-staff'].url}/appeals`;
  await signInThroughPage(first, desk, staff);
  await first.getByRole('table', { name: 'Обращения центра занятости' }).waitFor();
  // Both tabs hold the session with the same expiry, so they renew within milliseconds of each other.
  const session = { ...(await storedSession(first))!, expiresAt: new Date(Date.now() + 8_000).toISOString() };
  const second = await first.context().newPage();
  for (const tab of [first, second])
    await tab.addInitScript((stored) => {
      window.sessionStorage.setItem('czn.staff.session', stored);
    }, JSON.stringify(session));
  await Promise.all([first.goto(desk), second.goto(desk)]);
  await Promise.all(
    [first, second].map((tab) =>
      tab.waitForFunction(
        (token) =>
          JSON.parse(window.sessionStorage.getItem('czn.staff.session') ?? 'null')?.accessToken !== token,
        session.accessToken,
        { timeout: 15_000 },
      ),
    ),
  );
  for (const tab of [first, second]) {
    const renewed = (await storedSession(tab))!;
    const answer = await fetch(suite.platform.stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${renewed.accessToken}` },
      body: JSON.stringify({ query: '{ mySessions { current } }' }),
    });
    const { data, errors } = (await answer.json()) as { data?: { mySessions: unknown[] }; errors?: unknown };
    expect(errors).toBeUndefined();
    expect(data!.mySessions).toContainEqual({ current: true });
    expect(new URL(tab.url()).pathname).toBe('/appeals');
  }
});
