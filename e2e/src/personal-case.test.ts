import { randomUUID } from 'node:crypto';
import { given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { choose, isSameDocument, markDocument, press, seriousViolations } from './browser';
import { signInThroughPage, waitLive } from './sign-in';
import { browserSuite } from './suite';

const suite = browserSuite();
const { newPage } = suite;

const violations: string[] = [];
const audit = async (page: Page) => violations.push(...(await seriousViolations(page)));

const TRAINING = 'Профессиональное обучение и дополнительное профобразование';

test('staff find a citizen by SNILS and open a case as unemployed; the citizen’s «Услуги» open vocational training live', async () => {
  const digits = randomUUID().replace(/\D/g, '').padEnd(11, '4').slice(0, 11);
  const snils = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
  const made = await given(suite.platform.stack)
    .jobCenter({ name: 'Центр занятости населения г. Барнаул' })
    .staff('REGISTRAR', { fullName: 'Смирнова Ольга Петровна' })
    .citizen({ fullName: 'Кузьмина Мария Олеговна', snils });

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

  expect(violations).toEqual([]);
});
