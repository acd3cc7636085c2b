import { FIXTURE_PASSWORD, given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { isSameDocument, markDocument, press, seriousViolations, tabTo } from './browser';
import { browserSuite } from './suite';
import { signInThroughPage, waitLive } from './sign-in';

const suite = browserSuite();
const { newPage } = suite;

let violations: string[] = [];

beforeEach(() => {
  violations = [];
});

const audit = async (page: Page) => violations.push(...(await seriousViolations(page)));

const appealRow = (page: Page, table: string, number: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: number });

test('a citizen applies, the operator takes the appeal into work and completes it, the citizen sees each step live', async () => {
  const made = await given(suite.platform.stack)
    .jobCenter({ name: 'Центр занятости населения г. Барнаул' })
    .staff('REGISTRAR', { fullName: 'Смирнова Ольга Петровна' })
    .citizen({ fullName: 'Иванов Иван Иванович', phone: '+79131234567' });
  const operator = await newPage();
  await operator.goto(`${suite.platform.apps['web-staff'].url}/appeals`);
  await operator.getByRole('button', { name: 'Войти' }).waitFor();
  await audit(operator);
  await signInThroughPage(operator, `${suite.platform.apps['web-staff'].url}/appeals`, made.staff);
  await operator.getByRole('table', { name: 'Обращения центра занятости' }).waitFor();
  await waitLive(operator);
  await audit(operator);
  await markDocument(operator);

  const citizen = await newPage();
  await citizen.goto(suite.platform.apps['web-citizen'].url);
  await citizen.getByRole('button', { name: 'Войти через Госуслуги' }).waitFor();
  await audit(citizen);
  await signInThroughPage(citizen, suite.platform.apps['web-citizen'].url, made.citizen);
  await citizen.getByRole('heading', { name: 'Мои обращения' }).waitFor();
  await audit(citizen);

  // Услуги → the application form, by keyboard.
  await press(citizen, citizen.getByRole('link', { name: 'Услуги' }));
  await citizen.getByRole('heading', { name: 'Услуги', level: 1 }).waitFor();
  await audit(citizen);
  await press(citizen, citizen.getByRole('link', { name: 'Содействие в поиске подходящей работы' }));
  const phone = citizen.getByLabel('Контактный телефон');
  await phone.waitFor();
  expect(await phone.inputValue()).toBe('+79131234567');
  await audit(citizen);
  // The job-search form: desired positions as tags, experience and education from their choices.
  await tabTo(citizen, citizen.getByLabel('Желаемые должности'));
  await citizen.keyboard.type('Водитель категории C');
  await citizen.keyboard.press('Enter');
  await tabTo(citizen, citizen.getByRole('radio', { name: 'Нет опыта' }));
  await citizen.keyboard.press('ArrowDown');
  await tabTo(citizen, citizen.getByRole('radio', { name: 'Основное общее (9 классов)' }));
  await citizen.keyboard.press('ArrowDown');
  await citizen.getByText('Добавьте вакансии в избранное в Банке вакансий').waitFor();
  await press(citizen, citizen.getByRole('button', { name: /^Центр занятости населения г. Барнаул,/ }));
  await citizen.getByLabel('Комментарий').fill('Ищу работу водителем категории C');
  await press(citizen, citizen.getByRole('button', { name: 'Подать заявление' }));
  const confirmation = citizen.getByText(/Заявление зарегистрировано: обращение № (\d{4}-\d{6})/);
  await confirmation.waitFor();
  const number = /№ (\d{4}-\d{6})/.exec((await confirmation.textContent())!)![1]!;
  await audit(citizen);

  await press(citizen, citizen.getByRole('button', { name: 'К моим обращениям' }));
  await appealRow(citizen, 'Мои обращения', number).getByText('Зарегистрировано').waitFor();
  await markDocument(citizen);

  // The desk shows the new appeal without a reload, counted and highlighted.
  const deskRow = appealRow(operator, 'Обращения центра занятости', number);
  await deskRow.waitFor();
  await operator.getByText(/Новых обращений: 1/).waitFor();
  expect(await isSameDocument(operator)).toBe(true);
  await audit(operator);

  await press(operator, deskRow.getByRole('link', { name: number }));
  await operator.getByRole('heading', { name: new RegExp(number) }).waitFor();
  // The application's answers, grouped as the form groups them.
  const application = operator.getByRole('region', { name: 'Заявление' });
  await application.getByRole('heading', { name: 'Желаемая работа' }).waitFor();
  await application.getByText('Водитель категории C').waitFor();
  await application.getByText('До 1 года').waitFor();
  await application.getByText('Среднее общее (11 классов)').waitFor();
  await audit(operator);
  await press(operator, operator.getByRole('button', { name: 'Взять в работу' }));
  await operator.getByRole('button', { name: 'Исполнить' }).waitFor();

  await appealRow(citizen, 'Мои обращения', number).getByText('В работе').waitFor();
  expect(await isSameDocument(citizen)).toBe(true);

  await press(operator, operator.getByRole('button', { name: 'Исполнить' }));
  await operator
    .getByLabel('Результат оказания услуги')
    .fill('Подобраны 3 вакансии, выдано направление в ООО «Алттранс»');
  await audit(operator);
  await press(operator, operator.getByRole('button', { name: 'Исполнить обращение' }));

  const row = appealRow(citizen, 'Мои обращения', number);
  await row.getByText('Исполнено').waitFor();
  expect(await isSameDocument(citizen)).toBe(true);
  expect(await row.getAttribute('class')).toContain('czn-unread');

  await press(citizen, row.getByRole('link', { name: new RegExp(number) }));
  await citizen
    .getByRole('alert')
    .filter({ hasText: 'Результат оказания услуги' })
    .getByText('Подобраны 3 вакансии, выдано направление в ООО «Алттранс»')
    .waitFor();
  await citizen.getByRole('region', { name: 'Заявление' }).getByText('Водитель категории C').waitFor();
  expect(await citizen.getByRole('region', { name: 'История' }).getByRole('listitem').count()).toBe(3);
  await audit(citizen);

  await press(
    citizen,
    citizen
      .getByRole('navigation', { name: 'Разделы кабинета' })
      .getByRole('link', { name: 'Мои обращения' }),
  );
  await row.waitFor();
  expect(await row.getAttribute('class')).not.toContain('czn-unread');

  expect(violations).toEqual([]);
});

test('a citizen whose connection drops sees the change made meanwhile once it is back, without a reload', async () => {
  const { stack } = suite.platform;
  const made = await given(stack).jobCenter().staff('REGISTRAR').citizen().appeal();
  const { appeal } = made;
  const citizen = await newPage();
  await signInThroughPage(citizen, `${suite.platform.apps['web-citizen'].url}/appeals`, made.citizen);
  const row = appealRow(citizen, 'Мои обращения', appeal.number);
  await row.getByText('Зарегистрировано').waitFor();
  await waitLive(citizen);
  await markDocument(citizen);

  const server = suite.platform.apps['web-citizen'];
  server.blockWebSockets(true);
  server.cutWebSockets();
  await citizen.getByText('Нет связи с сервером').waitFor();
  await audit(citizen);

  const taken = await stack.request(
    made.staff.token,
    'mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }',
    { id: appeal.id },
  );
  expect(taken.errors).toBeUndefined();
  expect(await row.getByText('Зарегистрировано').count()).toBe(1);

  server.blockWebSockets(false);
  await citizen.getByText(/Связь восстановлена/).waitFor({ timeout: 20_000 });
  await row.getByText('В работе').waitFor();
  expect(await isSameDocument(citizen)).toBe(true);
  expect(violations).toEqual([]);
});

test('when the session expires the citizen is sent to sign in again with a message, not a blank page', async () => {
  const { stack } = suite.platform;
  const made = await given(stack).citizen();
  const { data } = await stack.request(
    null,
    `mutation($login: String!, $password: String!) {
      signIn(login: $login, password: $password) { accessToken expiresAt user { id fullName roles jobCenterId } }
    }`,
    { login: made.citizen.login, password: FIXTURE_PASSWORD },
  );
  const session = { ...data!['signIn'], expiresAt: new Date(Date.now() + 4_000).toISOString() };
  const citizen = await newPage();
  await citizen.addInitScript(
    (stored) => window.sessionStorage.setItem('czn.citizen.session', stored),
    JSON.stringify(session),
  );
  await citizen.goto(`${suite.platform.apps['web-citizen'].url}/appeals`);
  await citizen.getByRole('heading', { name: 'Мои обращения' }).waitFor();
  await citizen.getByText('Сеанс завершён: срок входа истёк. Войдите снова, чтобы продолжить.').waitFor();
  expect(new URL(citizen.url()).pathname).toBe('/signin');
  await audit(citizen);
  expect(violations).toEqual([]);
});
