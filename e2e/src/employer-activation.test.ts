import { given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { choose, closeSelect, press, seriousViolations } from './browser';
import { browserSuite } from './suite';
import { signInThroughPage } from './sign-in';

const suite = browserSuite();
const { newPage } = suite;

const mailbox = () => `${new URL(suite.platform.stack.subgraphs.identity.url).origin}/dev/mailbox`;

/** Reads the development mailbox as a person would, and takes the code from the newest letter to `to`. */
async function codeFromMailbox(page: Page, to: string): Promise<string> {
  await page.goto(mailbox());
  const letter = page
    .getByRole('article')
    .filter({ hasText: `Кому: ${to}` })
    .first();
  const text = (await letter.textContent())!;
  expect(text).toContain('Активация личного кабинета работодателя');
  return /введите код активации вручную: ([A-Z2-9-]{14})/.exec(text)![1]!;
}

/** «Настройки», reached by keyboard from the header, lists the session the page is signed in with. */
async function expectCurrentSession(page: Page) {
  await press(page, page.getByRole('link', { name: 'Настройки' }));
  await page.getByRole('heading', { name: 'Настройки', level: 1 }).waitFor();
  await page.getByLabel('Активные сеансы').getByText('Этот сеанс').waitFor();
  await page.getByRole('button', { name: 'Выйти на всех устройствах' }).waitFor();
}

test('an employer activates through the development mailbox and signs in with the new login; an expired code is refused', async () => {
  const violations: string[] = [];
  const email = 'novikova@sibir-stroi.example.ru';

  // The registrar registers the organisation and its representative.
  const { staff } = await given(suite.platform.stack).jobCenter().staff('REGISTRAR');
  const operator = await newPage();
  await signInThroughPage(operator, `${suite.platform.apps['web-staff'].url}/organizations`, staff);
  await operator.getByRole('heading', { name: 'Организации', level: 1 }).waitFor();
  await operator
    .getByLabel('Полное наименование')
    .fill('Общество с ограниченной ответственностью «Сибирь-Строй»');
  await operator.getByLabel('Сокращённое наименование').fill('ООО «Сибирь-Строй»');
  await operator.getByLabel('ИНН', { exact: true }).fill('7707083893');
  await operator.getByLabel('КПП', { exact: true }).fill('773601001');
  await operator.getByLabel('ОГРН или ОГРНИП').fill('1027700132196');
  await operator.getByLabel('ФИО представителя').fill('Новикова Елена Павловна');
  await operator.getByLabel('Электронная почта представителя').fill(email);
  await press(operator, operator.getByRole('button', { name: 'Зарегистрировать и отправить код' }));
  await operator.getByText('ОГРН не прошёл проверку контрольной цифры').waitFor();
  await operator.getByLabel('ОГРН или ОГРНИП').fill('1027700132195');
  await press(operator, operator.getByRole('button', { name: 'Зарегистрировать и отправить код' }));
  await operator
    .getByText(`ООО «Сибирь-Строй» зарегистрирована. Код активации отправлен на ${email}`)
    .waitFor();
  await operator
    .getByRole('row')
    .filter({ hasText: 'Новикова Елена Павловна' })
    .getByText('Код отправлен')
    .waitFor();
  violations.push(...(await seriousViolations(operator)));

  // The representative finds «Активация кабинета» on the sign-in page too, and opens the letter's link.
  const employer = await newPage();
  await employer.goto(`${suite.platform.apps['web-employer'].url}/signin`);
  await press(employer, employer.getByRole('link', { name: 'Активация кабинета' }));
  await employer.getByRole('heading', { name: 'Активация кабинета' }).waitFor();
  const code = await codeFromMailbox(employer, email);
  violations.push(...(await seriousViolations(employer)));
  await employer.goto(`${suite.platform.apps['web-employer'].url}/activate?code=${code}`);
  await employer.getByRole('heading', { name: 'Активация кабинета' }).waitFor();
  expect(await employer.getByLabel('Код активации').inputValue()).toBe(code);
  violations.push(...(await seriousViolations(employer)));
  await press(employer, employer.getByRole('button', { name: 'Подтвердить' }));
  await employer.getByText('ООО «Сибирь-Строй»: Новикова Елена Павловна').waitFor();
  await employer.getByLabel('Логин').fill('e.novikova');
  await employer.getByLabel('Пароль', { exact: true }).fill('короткий1');
  await employer.getByLabel('Пароль ещё раз').fill('короткий1');
  await press(employer, employer.getByRole('button', { name: 'Отправить' }));
  await employer.getByText('Пароль должен быть не короче 10 символов').waitFor();
  violations.push(...(await seriousViolations(employer)));
  await employer.getByLabel('Пароль', { exact: true }).fill('СибирьСтрой2026');
  await employer.getByLabel('Пароль ещё раз').fill('СибирьСтрой2026');
  await press(employer, employer.getByRole('button', { name: 'Отправить' }));
  await employer.waitForURL((address) => address.pathname === '/vacancies');
  await employer.getByText('ООО «Сибирь-Строй»').waitFor();

  // Signed out, the representative signs in with the new login and password.
  await employer.getByRole('button', { name: 'Выйти' }).click();
  await employer.goto(`${suite.platform.apps['web-employer'].url}/signin`);
  await employer.getByLabel('Логин').fill('e.novikova');
  await employer.getByLabel('Пароль').fill('СибирьСтрой2026');
  await employer.getByRole('button', { name: 'Войти', exact: true }).click();
  await employer.waitForURL((address) => address.pathname === '/vacancies');
  await employer.getByText('ООО «Сибирь-Строй»').waitFor();
  await expectCurrentSession(employer);
  violations.push(...(await seriousViolations(employer)));

  // The used code now says so; the operator sees the cabinet activated.
  await employer.goto(`${suite.platform.apps['web-employer'].url}/activate?code=${code}`);
  await press(employer, employer.getByRole('button', { name: 'Подтвердить' }));
  await employer.getByText('Этот код уже использован').waitFor();
  await operator.reload();
  await operator
    .getByRole('row')
    .filter({ hasText: 'Новикова Елена Павловна' })
    .getByText('Кабинет активирован')
    .waitFor();

  // A code past its 30 days is refused with what to do.
  const registered = await suite.platform.stack.request(
    staff.token,
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { representative { id } } }`,
    {
      input: {
        name: 'Индивидуальный предприниматель Зайцев Пётр Ильич',
        shortName: 'ИП Зайцев П. И.',
        inn: '500100732259',
        ogrn: '304500116000157',
        representativeFullName: 'Зайцев Пётр Ильич',
        representativeEmail: 'zaitsev@example.ru',
      },
    },
  );
  expect(registered.errors).toBeUndefined();
  const lateCode = await codeFromMailbox(employer, 'zaitsev@example.ru');
  await suite.platform.stack.subgraphs.identity.orm.em
    .fork()
    .getConnection()
    .execute(`update identity.activation_code set expires_at = now() - interval '1 day' where user_id = ?`, [
      registered.data!['registerOrganization'].representative.id,
    ]);
  await employer.goto(`${suite.platform.apps['web-employer'].url}/activate`);
  await employer.getByLabel('Код активации').fill(lateCode);
  await press(employer, employer.getByRole('button', { name: 'Подтвердить' }));
  await employer
    .getByRole('alert')
    .getByText('Срок действия кода истёк. Попросите центр занятости отправить новый код.')
    .waitFor();
  expect(await employer.getByLabel('Логин').count()).toBe(0);
  violations.push(...(await seriousViolations(employer)));

  expect(violations).toEqual([]);
});

test('the administrator creates a staff account that signs in and sees its session in «Настройки»; a registrar has no «Сотрудники» or «Ведомства-партнёры»', async () => {
  const violations: string[] = [];
  const made = await given(suite.platform.stack)
    .jobCenter()
    .staff('REGISTRAR', { fullName: 'Смирнова Ольга Петровна' })
    .staff('ADMIN', { as: 'administrator' });
  const registrar = await newPage();
  await signInThroughPage(registrar, `${suite.platform.apps['web-staff'].url}/appeals`, made.staff);
  await registrar.getByRole('link', { name: 'Организации' }).waitFor();
  expect(await registrar.getByRole('link', { name: 'Сотрудники' }).count()).toBe(0);
  expect(await registrar.getByRole('link', { name: 'Ведомства-партнёры' }).count()).toBe(0);

  const admin = await newPage();
  await signInThroughPage(admin, `${suite.platform.apps['web-staff'].url}/appeals`, made.administrator);
  await press(admin, admin.getByRole('link', { name: 'Сотрудники' }));
  await admin.getByRole('heading', { name: 'Сотрудники', level: 1 }).waitFor();
  await admin.getByRole('row').filter({ hasText: 'Смирнова Ольга Петровна' }).waitFor();
  await admin.getByLabel('ФИО').fill('Лебедев Игорь Олегович');
  await admin.getByLabel('Логин').fill('i.lebedev');
  await admin.getByLabel('Начальный пароль').fill('Лебедев2026цзн');
  // By keyboard, each arrow waiting for the list to move: a click under load could land while it still opens.
  await choose(admin, admin.getByLabel('Роли', { exact: true }), 'Цифровой консультант');
  await admin.locator('.ant-select-selection-item').filter({ hasText: 'Цифровой консультант' }).waitFor();
  await closeSelect(admin, admin.getByLabel('Роли', { exact: true }));
  await press(admin, admin.getByRole('button', { name: 'Создать учётную запись' }));
  const created = admin.getByText('Учётная запись создана: Лебедев Игорь Олегович, логин i.lebedev.');
  const refused = admin.locator('.ant-form-item-explain-error, .ant-alert-error');
  await created.or(refused).first().waitFor();
  expect(await refused.allTextContents()).toEqual([]);
  await created.waitFor();
  await admin.getByRole('row').filter({ hasText: 'Лебедев Игорь Олегович' }).waitFor();
  violations.push(...(await seriousViolations(admin)));

  const newcomer = await newPage();
  await newcomer.goto(`${suite.platform.apps['web-staff'].url}/signin`);
  await newcomer.getByLabel('Логин').fill('i.lebedev');
  await newcomer.getByLabel('Пароль').fill('Лебедев2026цзн');
  await newcomer.getByRole('button', { name: 'Войти', exact: true }).click();
  await newcomer.waitForURL((address) => !address.pathname.startsWith('/signin'));
  await newcomer.getByText('Лебедев Игорь Олегович').first().waitFor();
  await expectCurrentSession(newcomer);
  violations.push(...(await seriousViolations(newcomer)));
  expect(violations).toEqual([]);
});

test('staff add a representative to an organisation registered without one; the representative activates with the mailed code', async () => {
  const violations: string[] = [];
  const email = 'kedrova@kedr.example.ru';
  const { organization, staff } = await given(suite.platform.stack)
    .organization({ name: 'ООО «Кедр»' })
    .jobCenter()
    .staff('REGISTRAR');

  const specialist = await newPage();
  await signInThroughPage(specialist, `${suite.platform.apps['web-staff'].url}/organizations`, staff);
  await specialist.getByLabel('Поиск по наименованию или ИНН').fill(organization.inn);
  await specialist.keyboard.press('Enter');
  const row = specialist.getByRole('row').filter({ hasText: 'ООО «Кедр»' });
  await row.getByText('Представителя нет').waitFor();
  await press(specialist, row.getByRole('button', { name: 'Добавить представителя: ООО «Кедр»' }));
  const dialog = specialist.getByRole('dialog', { name: 'Новый представитель: ООО «Кедр»' });
  await dialog.getByLabel('ФИО представителя').fill('Кедрова Анна Павловна');
  await dialog.getByLabel('Электронная почта').fill(email);
  await press(specialist, dialog.getByRole('button', { name: 'Добавить и отправить код' }));
  await specialist
    .getByText(`Представитель добавлен: Кедрова Анна Павловна. Код активации отправлен на ${email}`)
    .waitFor();
  await row.getByText('Код отправлен').waitFor();
  violations.push(...(await seriousViolations(specialist)));

  const employer = await newPage();
  const code = await codeFromMailbox(employer, email);
  await employer.goto(`${suite.platform.apps['web-employer'].url}/activate?code=${code}`);
  await press(employer, employer.getByRole('button', { name: 'Подтвердить' }));
  await employer.getByText('ООО «Кедр»: Кедрова Анна Павловна').waitFor();
  await employer.getByLabel('Логин').fill('a.kedrova');
  await employer.getByLabel('Пароль', { exact: true }).fill('Кедр2026Барнаул');
  await employer.getByLabel('Пароль ещё раз').fill('Кедр2026Барнаул');
  await press(employer, employer.getByRole('button', { name: 'Отправить' }));
  await employer.waitForURL((address) => address.pathname === '/vacancies');
  await employer.getByText('ООО «Кедр»').waitFor();
  violations.push(...(await seriousViolations(employer)));

  await specialist.reload();
  await specialist.getByLabel('Поиск по наименованию или ИНН').fill(organization.inn);
  await specialist.keyboard.press('Enter');
  await row.getByText('Кабинет активирован').waitFor();
  expect(violations).toEqual([]);
});
