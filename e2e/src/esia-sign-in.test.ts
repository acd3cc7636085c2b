import { ESIA_DEMO_PASSWORD } from '@czn/demo';
import { startEsiaStub, type RunningEsiaStub } from '@czn/esia-stub';
import { createIdentitySubgraph, developmentEsiaSettings } from '@czn/identity';
import type { Page } from 'playwright-core';
import { seriousViolations } from './browser';
import { browserSuite } from './suite';

let stub: RunningEsiaStub;

beforeAll(async () => {
  stub = await startEsiaStub();
});

afterAll(async () => {
  await stub?.stop();
});

// The ESIA stub's persons are demo data: Sokolov acts at ESIA for the demo organisation, whose representative
// account his first sign-in links; the demo rows bring that organisation and account.
const suite = browserSuite(() => ({
  demo: true,
  definitions: {
    identity: createIdentitySubgraph({
      accessTokenTtlSeconds: 900,
      esia: developmentEsiaSettings({ baseUrl: stub.url }),
    }),
  },
}));
const { newPage } = suite;

/** From the citizen app's sign-in page to the stub's, by the button «Войти через Госуслуги». */
async function toGosuslugi(page: Page, violations: string[]) {
  await page.goto(suite.platform.apps['web-citizen'].url);
  const button = page.getByRole('button', { name: 'Войти через Госуслуги' });
  await button.waitFor();
  violations.push(...(await seriousViolations(page)));
  // The app may still be settling (a session restore ending in a same-document navigation would cancel ours).
  await page.waitForLoadState('networkidle');
  await button.click();
  await page.waitForURL((address) => address.origin === stub.url, { waitUntil: 'load' });
  await page.getByRole('heading', { name: 'Вход на Госуслуги' }).waitFor();
  violations.push(...(await seriousViolations(page)));
}

test('a citizen signs in through Gosuslugi and lands in the cabinet, where «Настройки» shows ESIA’s data', async () => {
  const violations: string[] = [];
  const page = await newPage();
  await toGosuslugi(page, violations);
  await page.getByLabel('Телефон или почта').fill('+7 913 123-45-67');
  await page.getByLabel('Пароль').fill(ESIA_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();

  await page.getByRole('heading', { name: 'Мои обращения', level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/appeals');
  expect(page.url()).not.toContain('code=');
  await page.getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('heading', { name: 'Настройки', level: 1 }).waitFor();
  const main = page.getByRole('region', { name: 'Основная информация' });
  await main.getByText('Иванов Иван Иванович').waitFor();
  await main.getByText('14.03.1985').waitFor();
  await page.getByRole('region', { name: 'Идентификаторы' }).getByText('112-233-445 95').waitFor();
  await page
    .getByRole('region', { name: 'Настройки учётной записи' })
    .getByText(/Пароль меняется на/)
    .waitFor();
  await page.getByText('Активные сеансы', { exact: true }).first().waitFor();
  violations.push(...(await seriousViolations(page)));
  expect(violations).toEqual([]);
});

test('an unconfirmed Gosuslugi account is refused with how to confirm it', async () => {
  const violations: string[] = [];
  const page = await newPage();
  await toGosuslugi(page, violations);
  await page.getByRole('link', { name: 'СНИЛС' }).click();
  await page.getByLabel('СНИЛС').fill('111-222-333 96');
  await page.getByLabel('Пароль').fill(ESIA_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();

  await page.getByRole('heading', { name: 'Вход через Госуслуги не выполнен' }).waitFor();
  await page
    .getByText(
      'Учётная запись на Госуслугах не подтверждена. Подтвердите личность в Центре обслуживания или через онлайн-банк и войдите снова.',
    )
    .waitFor();
  violations.push(...(await seriousViolations(page)));
  expect(violations).toEqual([]);
});

test('the e-signature tab of the stub says it is unavailable', async () => {
  const page = await newPage();
  await toGosuslugi(page, []);
  await page.getByRole('link', { name: 'Электронная подпись' }).click();
  await page.getByText(/Вход с электронной подписью в тестовой заглушке ЕСИА недоступен/).waitFor();
});

test('an employer’s representative signs in through Gosuslugi to the employer cabinet', async () => {
  const page = await newPage();
  await page.goto(suite.platform.apps['web-employer'].url);
  await page.getByRole('button', { name: 'Войти через Госуслуги' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Войти через Госуслуги' }).click();
  await page.waitForURL((address) => address.origin === stub.url, { waitUntil: 'load' });
  await page.getByLabel('Телефон или почта').fill('sokolov@teplye-okna.example.ru');
  await page.getByLabel('Пароль').fill(ESIA_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((address) => address.pathname === '/vacancies');
  await page.getByText('Соколов Андрей Викторович').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});
