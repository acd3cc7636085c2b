import { given } from '@czn/tools';
import type { Locator, Page } from 'playwright-core';
import { press, seriousViolations, tabTo } from './browser';
import { browserSuite } from './suite';
import { signInThroughPage } from './sign-in';

const suite = browserSuite();
const { newPage } = suite;

const BAILIFFS = 'ОСП Центрального района г. Барнаула';
const LABEL = 'АИС ФССП: обмен с ЦЗН';

const isFocused = (target: Locator) => target.evaluate((node) => node === document.activeElement);
const pageShows = (page: Page, text: string) =>
  page.evaluate(
    (wanted) =>
      document.body.innerText.includes(wanted) ||
      Array.from(document.querySelectorAll('input, textarea')).some(
        (field) => (field as HTMLInputElement).value === wanted,
      ),
    text,
  );

test('the administrator issues a key to the bailiffs’ office by keyboard, sees it once, and revokes it', async () => {
  const violations: string[] = [];
  const made = await given(suite.platform.stack).partnerAgency({ name: BAILIFFS }).jobCenter().staff('ADMIN');
  const admin = await newPage();
  const desk = suite.platform.apps['web-staff'].url;
  await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: desk });
  await signInThroughPage(admin, `${desk}/appeals`, made.staff);

  await press(admin, admin.getByRole('link', { name: 'Ведомства-партнёры' }));
  await admin.getByRole('heading', { name: 'Ведомства-партнёры', level: 1 }).waitFor();
  const bailiffs = admin.getByRole('region', { name: BAILIFFS });
  await bailiffs.getByText('Отделение судебных приставов (ОСП)').waitFor();
  violations.push(...(await seriousViolations(admin)));

  // The label is asked first; the dialog takes the focus and refuses an empty label in Russian.
  const issue = bailiffs.getByRole('button', { name: `Выпустить ключ: ${BAILIFFS}` });
  await press(admin, issue);
  const form = admin.getByRole('dialog', { name: `Новый ключ API: ${BAILIFFS}` });
  const label = form.getByLabel('Название ключа');
  await label.waitFor();
  await admin.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
  await tabTo(admin, label);
  await admin.keyboard.press('Enter');
  await form.getByText('Назовите ключ: для какой системы ведомства он выпускается').waitFor();
  await admin.keyboard.type(LABEL);
  await admin.keyboard.press('Enter');

  // The whole key, once, with the warning; «Скопировать ключ» has the focus.
  const shown = admin.getByRole('dialog', { name: `Ключ выпущен: ${BAILIFFS}` });
  const keyField = shown.getByLabel('Ключ API');
  await keyField.waitFor();
  const key = await keyField.inputValue();
  expect(key).toMatch(/^czn_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
  await shown.getByRole('alert').getByText('Ключ показывается только сейчас').waitFor();
  const copy = shown.getByRole('button', { name: 'Скопировать ключ' });
  await admin.waitForFunction(() => document.activeElement?.textContent === 'Скопировать ключ');
  await admin.keyboard.press('Enter');
  await admin.getByText('Ключ скопирован в буфер обмена').waitFor();
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(key);
  expect(await isFocused(copy)).toBe(true);
  violations.push(...(await seriousViolations(admin)));

  // Closed, the key is gone from the page; the focus is back on the button that opened the dialog.
  await press(admin, shown.getByRole('button', { name: 'Ключ сохранён, закрыть' }));
  await shown.waitFor({ state: 'detached' });
  expect(await pageShows(admin, key)).toBe(false);
  await admin.waitForFunction(() =>
    document.activeElement?.getAttribute('aria-label')?.startsWith('Выпустить ключ: ОСП'),
  );
  const prefix = key.slice(0, 'czn_'.length + 10);
  const row = bailiffs.getByRole('row').filter({ hasText: `${prefix}_…` });
  await row.getByText(LABEL).waitFor();
  await row.getByText('Действует').waitFor();

  // Revoking asks first, with «Отмена» focused; confirmed, the row says the key is revoked.
  await press(admin, row.getByRole('button', { name: `Отозвать ключ «${LABEL}»` }));
  const confirm = admin.getByRole('dialog', { name: `Отозвать ключ «${LABEL}»?` });
  await confirm.getByText('Отменить отзыв нельзя').waitFor();
  await admin.waitForFunction(() => document.activeElement?.textContent === 'Отмена');
  violations.push(...(await seriousViolations(admin)));
  await press(admin, confirm.getByRole('button', { name: 'Отозвать ключ', exact: true }));
  await row.getByText(/^Отозван \d{2}\.\d{2}\.\d{4}$/).waitFor();
  await admin
    .getByRole('alert')
    .getByText(`Ключ «${LABEL}» отозван: запросы с ним больше не принимаются`)
    .waitFor();
  expect(await row.getByRole('button', { name: /Отозвать/ }).count()).toBe(0);
  await admin.waitForFunction(() => document.activeElement?.textContent?.startsWith('Отозван'));
  violations.push(...(await seriousViolations(admin)));

  expect(violations).toEqual([]);
});
