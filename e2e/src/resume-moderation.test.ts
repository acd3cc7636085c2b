import { given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { choose, fitsPhone, isSameDocument, markDocument, press, seriousViolations } from './browser';
import { signInThroughPage, waitLive } from './sign-in';
import { browserSuite } from './suite';

const suite = browserSuite();
const { newPage } = suite;

const violations: string[] = [];
const audit = async (page: Page) => violations.push(...(await seriousViolations(page)));

const REASON = 'В разделе «О себе» указан личный телефон: уберите его, контакты указываются в своём разделе';

test('a citizen sends a resume, staff refuse it with a reason, the citizen fixes and resubmits it, staff accept it; each step live', async () => {
  const made = await given(suite.platform.stack)
    .jobCenter({ name: 'Центр занятости населения г. Заринск' })
    .staff('JOB_SELECTION_SPECIALIST', { fullName: 'Смирнова Ольга Петровна' })
    .citizen({ fullName: 'Иванов Иван Иванович', phone: '+79131234567' });
  const staffUrl = suite.platform.apps['web-staff'].url;
  const citizenUrl = suite.platform.apps['web-citizen'].url;

  const operator = await newPage();
  await signInThroughPage(operator, `${staffUrl}/resumes`, made.staff);
  await operator.getByRole('heading', { name: 'Проверка резюме', level: 1 }).waitFor();
  await waitLive(operator);
  await audit(operator);
  await markDocument(operator);

  const citizen = await newPage();
  await signInThroughPage(citizen, `${citizenUrl}/resumes`, made.citizen);
  await citizen.getByRole('heading', { name: 'Мои резюме', level: 1 }).waitFor();
  await waitLive(citizen);
  await audit(citizen);

  // «Создать резюме»: the job centre first, then the form with the contacts from the profile.
  await press(citizen, citizen.getByRole('button', { name: 'Создать резюме' }));
  await citizen.getByRole('heading', { name: 'Новое резюме', level: 1 }).waitFor();
  await choose(
    citizen,
    citizen.getByLabel('Центр занятости, в который будет направлено резюме'),
    'Центр занятости населения г. Заринск',
  );
  await citizen.getByLabel('Желаемая должность').fill('Водитель категории C');
  expect(await citizen.getByLabel('Телефон', { exact: true }).inputValue()).toBe('+79131234567');
  await press(citizen, citizen.getByRole('button', { name: 'Добавить место работы' }));
  await citizen.getByLabel('Организация').fill('ООО «АлтайАгроТранс»');
  await citizen.getByLabel('Должность', { exact: true }).fill('Водитель');
  await citizen.getByLabel('Начало работы').fill('2018-03');
  await citizen.getByLabel('По настоящее время').check();
  await citizen.getByLabel('О себе').fill('Стаж 8 лет. Звоните 8 913 123-45-67');
  await audit(citizen);
  await press(citizen, citizen.getByRole('button', { name: 'Сохранить и отправить на проверку' }));
  await citizen.getByRole('heading', { name: 'Резюме «Водитель категории C»' }).waitFor();
  const status = citizen.getByRole('status').filter({ hasText: 'Статус:' });
  await status.getByText('Ожидает проверки').waitFor();
  await audit(citizen);
  await markDocument(citizen);

  // The queue shows it without a reload; staff refuse it with a reason.
  const queue = operator.getByRole('table', { name: 'Резюме' });
  const row = queue.getByRole('row').filter({ hasText: 'Водитель категории C' });
  await row.waitFor();
  expect(await isSameDocument(operator)).toBe(true);
  await press(operator, row.getByRole('link', { name: 'Водитель категории C' }));
  await operator.getByRole('heading', { name: 'Резюме «Водитель категории C»' }).waitFor();
  await audit(operator);
  await press(operator, operator.getByRole('button', { name: 'Отказать в публикации' }));
  await operator.getByLabel('Причина отказа: что соискателю исправить').fill(REASON);
  await press(operator, operator.getByRole('button', { name: 'Отказать в публикации' }));
  await operator.getByRole('status').getByText('Отказано').waitFor();
  await audit(operator);

  // The citizen sees the refusal and its reason live, edits and resubmits.
  await status.getByText('Отказано').waitFor();
  await citizen.getByText(`Причина: ${REASON}`).waitFor();
  expect(await isSameDocument(citizen)).toBe(true);
  await audit(citizen);

  await press(operator, operator.getByRole('link', { name: '← Очередь проверки' }));
  await queue.waitFor();
  await markDocument(operator);

  await press(citizen, citizen.getByRole('button', { name: 'Редактировать' }));
  await citizen.getByLabel('О себе').fill('Стаж 8 лет, без аварий');
  await press(citizen, citizen.getByRole('button', { name: 'Сохранить и отправить на проверку' }));
  await status.getByText('Ожидает проверки').waitFor();

  // Resubmitted, it is back in the queue live; staff accept it, and the citizen sees «Активное» live.
  await row.waitFor();
  expect(await isSameDocument(operator)).toBe(true);
  await press(operator, row.getByRole('link', { name: 'Водитель категории C' }));
  await operator.getByText('Стаж 8 лет, без аварий').waitFor();
  await press(operator, operator.getByRole('button', { name: 'Принять резюме' }));
  await operator.getByRole('status').getByText('Активное').waitFor();

  await status.getByText('Активное').waitFor();
  expect(await isSameDocument(citizen)).toBe(true);
  await audit(citizen);
  await press(citizen, citizen.getByRole('link', { name: 'Мои резюме' }).first());
  await citizen
    .getByRole('table', { name: 'Мои резюме' })
    .getByRole('row')
    .filter({ hasText: 'Активное' })
    .waitFor();
  await audit(citizen);

  // On a 390 px phone the list and the editor fit the screen's width.
  await citizen.setViewportSize({ width: 390, height: 844 });
  await citizen.getByText('Водитель категории C').first().waitFor();
  await fitsPhone(citizen);
  await audit(citizen);
  await press(citizen, citizen.getByRole('button', { name: 'Создать резюме' }));
  await choose(
    citizen,
    citizen.getByLabel('Центр занятости, в который будет направлено резюме'),
    'Центр занятости населения г. Заринск',
  );
  await press(citizen, citizen.getByRole('button', { name: 'Добавить образование' }));
  await citizen.getByLabel('Учебное заведение').waitFor();
  await fitsPhone(citizen);
  await audit(citizen);

  expect(violations).toEqual([]);
});
