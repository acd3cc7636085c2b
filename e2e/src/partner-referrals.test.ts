import { given, type PersonHandle } from '@czn/tools';
import type { Page } from 'playwright-core';
import { choose, press, seriousViolations, tabTo } from './browser';
import { signInThroughPage } from './sign-in';
import { browserSuite } from './suite';

const suite = browserSuite();
const { newPage } = suite;

const BAILIFFS = 'ОСП Центрального района г. Барнаула';
const PURPOSE =
  'Рассмотреть рассрочку задолженности по алиментам: гражданин встал на учёт в ЦЗН и ищет работу';
const OUTCOME = 'Рассрочка оформлена на 12 месяцев, исполнительное производство приостановлено';
const BAILIFF = { fullName: 'Зуева Алла Петровна', login: 'a.zueva', password: 'Приставы2026осп' };

/** The administrator opens an account for an employee of the bailiffs' office, by keyboard alone. */
async function addBailiff(admin: Page, colleague: PersonHandle) {
  await press(admin, admin.getByRole('link', { name: 'Ведомства-партнёры' }));
  const bailiffs = admin.getByRole('region', { name: BAILIFFS });
  const users = bailiffs.getByRole('region', { name: 'Сотрудники ведомства' });
  await users.getByRole('row').filter({ hasText: colleague.login }).waitFor();

  await press(admin, users.getByRole('button', { name: `Добавить сотрудника: ${BAILIFFS}` }));
  const dialog = admin.getByRole('dialog', { name: `Новый сотрудник: ${BAILIFFS}` });
  await dialog.getByText('Не короче 10 символов, буквы и цифры, без пробелов и без логина внутри').waitFor();
  await admin.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') !== null);
  await press(admin, dialog.getByRole('button', { name: 'Создать учётную запись' }));
  await dialog.getByText('Укажите ФИО').waitFor();
  const violations = await seriousViolations(admin);

  await tabTo(admin, dialog.getByLabel('ФИО'));
  await admin.keyboard.type(BAILIFF.fullName);
  await tabTo(admin, dialog.getByLabel('Логин'));
  await admin.keyboard.type(BAILIFF.login);
  await tabTo(admin, dialog.getByLabel('Начальный пароль'));
  await admin.keyboard.type(BAILIFF.password);
  await admin.keyboard.press('Enter');
  await admin
    .getByText(
      `Учётная запись создана: ${BAILIFF.fullName}, логин ${BAILIFF.login}. Передайте сотруднику начальный пароль лично.`,
    )
    .waitFor();
  await dialog.waitFor({ state: 'detached' });
  const row = users.getByRole('row').filter({ hasText: BAILIFF.login });
  await row.getByText(BAILIFF.fullName).waitFor();
  await row.getByText('Действует').waitFor();
  violations.push(...(await seriousViolations(admin)));
  return violations;
}

test('an agency employee added by the administrator signs in, sees only «Направления», accepts Иванов’s referral and records its outcome', async () => {
  // The operator has referred Иванов to the bailiffs' office, as the desk's API lets staff do.
  const made = await given(suite.platform.stack)
    .partnerAgency({ name: BAILIFFS })
    .partnerUser({ as: 'colleague' })
    .jobCenter()
    .staff('ADMIN', { as: 'admin' })
    .staff('REGISTRAR', { as: 'operator' })
    .citizen({ fullName: 'Иванов Иван Иванович' })
    .referral({ purpose: PURPOSE });
  const desk = suite.platform.apps['web-staff'].url;
  const admin = await newPage();
  await signInThroughPage(admin, `${desk}/appeals`, made.admin);
  const violations = await addBailiff(admin, made.colleague);

  // The new employee signs in on the desk's sign-in page and lands on the agency's referrals.
  const bailiff = await newPage();
  await bailiff.goto(`${desk}/signin`);
  await bailiff.getByLabel('Логин').fill(BAILIFF.login);
  await bailiff.getByLabel('Пароль').fill(BAILIFF.password);
  await bailiff.getByRole('button', { name: 'Войти', exact: true }).click();
  await bailiff.waitForURL((address) => address.pathname === '/referrals');
  await bailiff.getByRole('heading', { name: 'Направления', level: 1 }).waitFor();
  await bailiff.getByText(BAILIFFS).waitFor();
  const nav = bailiff.getByRole('navigation', { name: 'Разделы кабинета' });
  expect(await nav.getByRole('link').allTextContents()).toEqual(['Направления', 'Настройки']);
  expect(await nav.getByRole('link', { name: 'Обращения' }).count()).toBe(0);
  const row = bailiff.getByRole('row').filter({ hasText: PURPOSE });
  await row.getByText('Направлено').waitFor();
  violations.push(...(await seriousViolations(bailiff)));

  // The card: «Принять», then «Исполнено» with what was done.
  await press(bailiff, row.getByRole('link', { name: 'Иванов Иван Иванович' }));
  const heading = bailiff.getByRole('heading', { name: 'Направление: Иванов Иван Иванович', level: 1 });
  await heading.waitFor();
  await bailiff.getByText(PURPOSE).waitFor();
  const status = bailiff.locator('.czn-status');
  expect(await status.textContent()).toBe('Направлено');
  expect(await bailiff.getByRole('button', { name: 'Исполнено' }).count()).toBe(0);
  violations.push(...(await seriousViolations(bailiff)));
  await press(bailiff, bailiff.getByRole('button', { name: 'Принять' }));
  await status.getByText('Принято', { exact: true }).waitFor();
  await bailiff.getByText('Направление принято в работу').waitFor();
  expect(await bailiff.getByRole('button', { name: 'Принять' }).count()).toBe(0);

  await press(bailiff, bailiff.getByRole('button', { name: 'Исполнено' }));
  const outcome = bailiff.getByLabel('Что сделано');
  await outcome.waitFor();
  await press(bailiff, bailiff.getByRole('button', { name: 'Отметить исполненным' }));
  await bailiff.getByText('Опишите, что сделано по направлению').waitFor();
  violations.push(...(await seriousViolations(bailiff)));
  await tabTo(bailiff, outcome);
  await bailiff.keyboard.type(OUTCOME);
  await press(bailiff, bailiff.getByRole('button', { name: 'Отметить исполненным' }));
  await status.getByText('Исполнено', { exact: true }).waitFor();
  await bailiff.getByText(OUTCOME).waitFor();
  expect(await bailiff.getByRole('button', { name: /Исполнено|Отклонить|Принять/ }).count()).toBe(0);
  await bailiff.waitForFunction(() => document.activeElement?.tagName === 'H1');
  violations.push(...(await seriousViolations(bailiff)));

  // Back in the list the referral is closed; the status filter keeps to the address.
  await press(bailiff, bailiff.getByRole('link', { name: '← Все направления' }));
  await row.getByText('Исполнено', { exact: true }).waitFor();
  await row.getByText(OUTCOME).waitFor();
  await choose(bailiff, bailiff.getByLabel('Статус'), 'Принято');
  await bailiff.waitForURL((address) => address.searchParams.get('status') === 'ACCEPTED');
  await bailiff.getByText('Направлений в статусе «Принято» нет').waitFor();
  // While it slides away the closed dropdown still holds antd's unnamed listbox, which axe would report.
  await bailiff.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
  violations.push(...(await seriousViolations(bailiff)));

  // The desk's pages are not the partner's: the address of one leads back to «Направления».
  await bailiff.goto(`${desk}/appeals`);
  await bailiff.waitForURL((address) => address.pathname === '/referrals');
  await bailiff.getByRole('heading', { name: 'Направления', level: 1 }).waitFor();

  // «Настройки» is theirs as everyone's: the session they are signed in with.
  await press(bailiff, nav.getByRole('link', { name: 'Настройки' }));
  await bailiff.getByRole('heading', { name: 'Настройки', level: 1 }).waitFor();
  await bailiff.getByLabel('Активные сеансы').getByText('Этот сеанс').waitFor();
  violations.push(...(await seriousViolations(bailiff)));

  expect(violations).toEqual([]);
});
