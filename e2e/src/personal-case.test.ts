import { randomUUID } from 'node:crypto';
import { given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { choose, isSameDocument, markDocument, press, seriousViolations, tabTo } from './browser';
import { signInThroughPage, waitLive } from './sign-in';
import { browserSuite } from './suite';

const suite = browserSuite();
const { newPage } = suite;

const violations: string[] = [];
const audit = async (page: Page) => violations.push(...(await seriousViolations(page)));

const TRAINING = 'Профессиональное обучение и дополнительное профобразование';

test('staff find a citizen by SNILS and open a case as unemployed; the citizen’s «Услуги» open vocational training live; the citizen applies with its whole form and staff read it', async () => {
  const digits = randomUUID().replace(/\D/g, '').padEnd(11, '4').slice(0, 11);
  const snils = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
  const made = await given(suite.platform.stack)
    .jobCenter({ name: 'Центр занятости населения г. Барнаул' })
    .staff('REGISTRAR', { fullName: 'Смирнова Ольга Петровна' })
    .citizen({ fullName: 'Кузьмина Мария Олеговна', snils, phone: '+79135550011' });

  const citizen = await newPage();
  await signInThroughPage(citizen, `${suite.platform.apps['web-citizen'].url}/services`, made.citizen);
  await citizen.getByRole('heading', { name: 'Услуги', level: 1 }).waitFor();
  await citizen
    .getByText(/Услуга доступна при открытом личном деле в статусе "Безработный"/)
    .first()
    .waitFor();
  expect(await citizen.getByRole('link', { name: TRAINING }).count()).toBe(0);
  await waitLive(citizen);
  await audit(citizen);
  await markDocument(citizen);

  const staff = await newPage();
  await signInThroughPage(staff, `${suite.platform.apps['web-staff'].url}/cases`, made.staff);
  await staff.getByRole('heading', { name: 'Личные дела', level: 1 }).waitFor();
  await audit(staff);
  await staff.getByLabel('СНИЛС гражданина').fill(digits);
  await press(staff, staff.getByRole('button', { name: 'Найти' }));
  const found = staff.getByRole('table', { name: /Найденные граждане/ }).getByRole('link', {
    name: 'Кузьмина Мария Олеговна',
  });
  await found.waitFor();
  await audit(staff);
  await press(staff, found);
  await staff.getByText('В нашем ЦЗН личных дел нет').waitFor();
  await choose(staff, staff.getByLabel('Статус', { exact: true }), 'Безработный');
  await staff.getByLabel('Лицевой счёт').fill('40817810000000054321');
  await audit(staff);
  await press(staff, staff.getByRole('button', { name: 'Открыть личное дело' }));
  await staff.getByRole('heading', { name: 'Личное дело: Кузьмина Мария Олеговна', level: 1 }).waitFor();
  await staff.getByRole('table', { name: 'История личного дела' }).getByText('Личное дело открыто').waitFor();
  await audit(staff);

  // Without a reload, the citizen's «Услуги» now lets them apply for vocational training.
  await citizen.getByRole('link', { name: TRAINING }).waitFor();
  expect(await isSameDocument(citizen)).toBe(true);
  await audit(citizen);
  await press(
    citizen,
    citizen.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Личные дела' }),
  );
  const cases = citizen.getByRole('table', { name: 'Мои личные дела' });
  await cases.getByText('Центр занятости населения г. Барнаул').waitFor();
  await cases.getByText('Безработный').waitFor();
  await audit(citizen);

  // The citizen applies for vocational training with its own form, by keyboard.
  await press(citizen, citizen.getByRole('link', { name: 'Услуги' }));
  await press(citizen, citizen.getByRole('link', { name: TRAINING }));
  await citizen.getByLabel('Желаемая профессия или программа обучения').fill('Оператор станков с ЧПУ');
  await tabTo(citizen, citizen.getByRole('radio', { name: 'Очная', exact: true }));
  await citizen.keyboard.press('Space');
  await tabTo(citizen, citizen.getByRole('radio', { name: 'Основное общее (9 классов)' }));
  await citizen.keyboard.press('ArrowDown');
  await press(citizen, citizen.getByRole('button', { name: /^Центр занятости населения г. Барнаул,/ }));
  await audit(citizen);
  await press(citizen, citizen.getByRole('button', { name: 'Подать заявление' }));
  const confirmation = citizen.getByText(/Заявление зарегистрировано: обращение № (\d{4}-\d{6})/);
  await confirmation.waitFor();
  const number = /№ (\d{4}-\d{6})/.exec((await confirmation.textContent())!)![1]!;

  // The centre reads the application grouped as the form groups it.
  await staff.goto(`${suite.platform.apps['web-staff'].url}/appeals`);
  const row = staff.getByRole('table', { name: 'Обращения центра занятости' }).getByRole('row').filter({
    hasText: number,
  });
  await press(staff, row.getByRole('link', { name: number }));
  const application = staff.getByRole('region', { name: 'Заявление' });
  await application.getByRole('heading', { name: 'Обучение' }).waitFor();
  await application.getByText('Оператор станков с ЧПУ').waitFor();
  await application.getByText('Очная').waitFor();
  await application.getByText('Среднее общее (11 классов)').waitFor();
  await audit(staff);

  expect(violations).toEqual([]);
});
