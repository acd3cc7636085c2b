import type { Page } from 'playwright-core';
import { FIXTURE_PASSWORD, type PersonHandle } from '@czn/tools';

/**
 * Opens a page of an app as a signed-out person, signs in on the page it is sent to as an account the builder
 * made, and waits to be back.
 */
export async function signInThroughPage(page: Page, url: string, { login }: PersonHandle) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The citizen app signs in through Gosuslugi; its portal-login form is behind a link.
  const demo = page.getByRole('link', { name: 'Войти по логину (демо)' });
  if (await demo.count()) {
    await demo.click();
    await page.getByRole('heading', { name: 'Вход по логину (демо)' }).waitFor();
  }
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(FIXTURE_PASSWORD);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/signin'));
}

/** Waits until the page's socket to the gateway is up, so live events reach it. */
export const waitLive = (page: Page) =>
  page.locator('[data-connection="live"]').waitFor({ state: 'attached' });
