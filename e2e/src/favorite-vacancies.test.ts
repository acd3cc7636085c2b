import { given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { choose, closeSelect, press, seriousViolations, tabTo } from './browser';
import { signInThroughPage } from './sign-in';
import { browserSuite } from './suite';

const suite = browserSuite();

const pressed = (page: Page, name: string) => page.getByRole('button', { name }).getAttribute('aria-pressed');

test('a citizen stars a vacancy found in the bank, names it in the job-search application, and the centre reads it', async () => {
  const violations: string[] = [];
  const audit = async (page: Page) => violations.push(...(await seriousViolations(page)));
  const made = await given(suite.platform.stack)
    .jobCenter({ name: 'Центр занятости населения г. Рубцовск' })
    .staff('REGISTRAR')
    .organization({ name: 'АО «Рубцовская ТЭЦ»' })
    .vacancy({ title: 'Аппаратчик химводоочистки' })
    .citizen({ phone: '+79131234567' });
  const { apps } = suite.platform;

  const citizen = await suite.newPage();
  await signInThroughPage(citizen, apps['web-citizen'].url, made.citizen);
  await press(citizen, citizen.getByRole('link', { name: 'Банк вакансий' }));
  await citizen.getByRole('heading', { name: 'Банк вакансий', level: 1 }).waitFor();
  await tabTo(citizen, citizen.getByLabel('Должность, обязанности или работодатель'));
  await citizen.keyboard.type('аппаратчик');
  await citizen.keyboard.press('Enter');
  const found = citizen.getByRole('list', { name: 'Найденные вакансии' }).getByRole('listitem');
  await found.filter({ hasText: 'АО «Рубцовская ТЭЦ»' }).waitFor();
  expect(await found.count()).toBe(1);
  expect(await pressed(citizen, 'В избранное: Аппаратчик химводоочистки')).toBe('false');
  await audit(citizen);

  await press(citizen, found.getByRole('link', { name: 'Аппаратчик химводоочистки' }));
  await citizen.getByRole('heading', { name: 'Аппаратчик химводоочистки', level: 1 }).waitFor();
  await press(citizen, citizen.getByRole('button', { name: 'В избранное' }));
  await citizen.getByText('Вакансия добавлена в избранное').waitFor();
  expect(await pressed(citizen, 'Убрать из избранного')).toBe('true');
  await audit(citizen);
  // Back in the results the star is on without a reload.
  await press(citizen, citizen.getByRole('link', { name: '← К поиску вакансий' }));
  expect(await pressed(citizen, 'Убрать из избранного: Аппаратчик химводоочистки')).toBe('true');
  await citizen.setViewportSize({ width: 390, height: 844 });
  await audit(citizen);
  await citizen.setViewportSize({ width: 1280, height: 720 });
  await press(citizen, citizen.getByRole('link', { name: 'Избранные вакансии' }));
  await citizen.getByRole('heading', { name: 'Избранные вакансии', level: 1 }).waitFor();
  await citizen.getByRole('row').filter({ hasText: 'Аппаратчик химводоочистки' }).waitFor();

  await press(citizen, citizen.getByRole('link', { name: 'Услуги' }));
  await citizen.getByRole('heading', { name: 'Услуги', level: 1 }).waitFor();
  await press(citizen, citizen.getByRole('link', { name: 'Содействие в поиске подходящей работы' }));
  await citizen.getByLabel('Контактный телефон').waitFor();
  await tabTo(citizen, citizen.getByLabel('Желаемые должности'));
  await citizen.keyboard.type('Оператор водоподготовки');
  await citizen.keyboard.press('Enter');
  await tabTo(citizen, citizen.getByRole('radio', { name: 'Нет опыта' }));
  await citizen.keyboard.press('ArrowDown');
  await tabTo(citizen, citizen.getByRole('radio', { name: 'Основное общее (9 классов)' }));
  await citizen.keyboard.press('ArrowDown');
  const foundVacancies = citizen.getByLabel('Самостоятельно найденные вакансии');
  await choose(citizen, foundVacancies, 'Аппаратчик химводоочистки — АО «Рубцовская ТЭЦ»');
  await closeSelect(citizen, foundVacancies);
  await press(citizen, citizen.getByRole('button', { name: /^Центр занятости населения г. Рубцовск,/ }));
  await audit(citizen);
  await press(citizen, citizen.getByRole('button', { name: 'Подать заявление' }));
  const confirmation = citizen.getByText(/Заявление зарегистрировано: обращение № (\d{4}-\d{6})/);
  await confirmation.waitFor();
  const number = /№ (\d{4}-\d{6})/.exec((await confirmation.textContent())!)![1]!;

  const staff = await suite.newPage();
  await signInThroughPage(staff, `${apps['web-staff'].url}/appeals`, made.staff);
  const row = staff
    .getByRole('table', { name: 'Обращения центра занятости' })
    .getByRole('row')
    .filter({ hasText: number });
  await press(staff, row.getByRole('link', { name: number }));
  await staff.getByRole('heading', { name: new RegExp(number) }).waitFor();
  const application = staff.getByRole('region', { name: 'Заявление' });
  await application.getByText('Самостоятельно найденные вакансии').waitFor();
  await application.getByText('Аппаратчик химводоочистки', { exact: true }).waitFor();
  await audit(staff);

  expect(violations).toEqual([]);
});
