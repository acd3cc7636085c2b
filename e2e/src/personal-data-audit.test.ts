import { readFile } from 'node:fs/promises';
import { given } from '@czn/tools';
import type { Locator, Page } from 'playwright-core';
import { press, seriousViolations, tabTo } from './browser';
import { signInThroughPage } from './sign-in';
import { browserSuite } from './suite';

const suite = browserSuite();

const IVANOV_SNILS = '112-233-445 95';

/** Searches again until the row shows: reads other subgraphs report reach the trail a moment later. */
async function searchUntilShown(page: Page, row: Locator) {
  for (let attempt = 1; ; attempt++) {
    try {
      await row.first().waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await page.getByLabel('СНИЛС').press('Enter');
    }
  }
}

test('the administrator reads who looked at Иванов’s personal data, by keyboard, and downloads the trail as CSV', async () => {
  const staffUrl = suite.platform.apps['web-staff'].url;
  const {
    operator: operatorAccount,
    admin: adminAccount,
    appeal,
  } = await given(suite.platform.stack)
    .jobCenter()
    .staff('REGISTRAR', { as: 'operator', fullName: 'Смирнова Ольга Петровна' })
    .staff('ADMIN', { as: 'admin' })
    .citizen({ fullName: 'Иванов Иван Иванович', snils: IVANOV_SNILS, phone: '+79131234567' })
    .appeal();

  // The operator opens Иванов's appeal: the card shows his phone, a read the trail records.
  const operator = await suite.newPage();
  await signInThroughPage(operator, `${staffUrl}/appeals/${appeal.id}`, operatorAccount);
  await operator.getByRole('heading', { name: new RegExp(appeal.number) }).waitFor();
  const operatorNav = operator.getByRole('navigation', { name: 'Разделы кабинета' });
  expect(await operatorNav.getByRole('link', { name: 'Обращения' }).count()).toBe(1);
  expect(await operatorNav.getByRole('link', { name: 'Журнал ПДн' }).count()).toBe(0);

  const admin = await suite.newPage();
  await signInThroughPage(admin, `${staffUrl}/appeals`, adminAccount);
  await press(
    admin,
    admin.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Журнал ПДн' }),
  );
  await admin.getByRole('heading', { name: 'Журнал доступа к персональным данным', level: 1 }).waitFor();
  const violations = await seriousViolations(admin);

  const snils = admin.getByLabel('СНИЛС');
  await tabTo(admin, snils);
  await admin.keyboard.type('000-000-000 01');
  await admin.keyboard.press('Enter');
  // Nobody with this SNILS: said in the same words as for a person unrelated to the centre, with a way to ask access.
  const notFound = admin.getByText(/^Журнал недоступен: среди людей, связанных с вашим ЦЗН/);
  await notFound.waitFor();
  expect(await snils.getAttribute('aria-invalid')).toBe('true');
  await admin.getByRole('heading', { name: 'Запросить доступ', level: 2 }).waitFor();
  violations.push(...(await seriousViolations(admin)));

  await admin.keyboard.press('ControlOrMeta+A');
  await admin.keyboard.type(IVANOV_SNILS);
  await admin.keyboard.press('Enter');
  await notFound.waitFor({ state: 'detached' });
  await admin.getByRole('heading', { name: 'Иванов Иван Иванович', level: 2 }).waitFor();
  expect(new URL(admin.url()).searchParams.get('snils')).toBe('11223344595');
  const table = admin.getByRole('table', { name: 'Записи журнала доступа к персональным данным' });
  const operatorRead = table
    .getByRole('row')
    .filter({ hasText: 'Просмотр' })
    .filter({ hasText: 'Смирнова Ольга Петровна' })
    .filter({ hasText: 'Телефон' });
  await searchUntilShown(admin, operatorRead);
  expect(await operatorRead.first().textContent()).toContain('Регистратор ЦЗН');
  await admin.getByText(/В журнале \d+ запис/).waitFor();
  violations.push(...(await seriousViolations(admin)));

  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    press(admin, admin.getByRole('button', { name: 'Выгрузить в CSV' })),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pdn-audit-11223344595-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path());
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.toString('utf8')).toMatch(/^\uFEFFКогда \(UTC\);/);
  expect(csv.toString('utf8')).toContain('Смирнова Ольга Петровна');
  await admin.getByText(/Журнал выгружен в файл pdn-audit-11223344595-/).waitFor();

  // The address keeps the search: a reload shows the same trail.
  await admin.reload();
  await operatorRead.first().waitFor();
  expect(await admin.getByLabel('СНИЛС').inputValue()).toBe(IVANOV_SNILS);

  expect(violations).toEqual([]);
});
