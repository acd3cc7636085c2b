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
  const operator = await newPage();
  const desk = `${suite.platform.apps['web-staff'].url}/appeals`;
  await signInThroughPage(operator, desk, 'operator.barnaul', 'Войти');
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
