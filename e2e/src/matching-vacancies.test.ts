import { given } from '@czn/tools';
import type { Page } from 'playwright-core';
import { fitsPhone, press, seriousViolations } from './browser';
import { signInThroughPage } from './sign-in';
import { browserSuite } from './suite';

const suite = browserSuite();

const pressed = (page: Page, name: string) => page.getByRole('button', { name }).getAttribute('aria-pressed');

test('a citizen sees vacancies matching the resume the centre accepted, stars one by keyboard, and keeps it among favourites beside a withdrawn one', async () => {
  const violations: string[] = [];
  const { citizen, cashier, pending } = await given(suite.platform.stack)
    .jobCenter()
    .organization({ name: 'ООО «Кулундинская мельница»' })
    .vacancy({ as: 'accountant', title: 'Бухгалтер' })
    .vacancy({ as: 'chief', title: 'Главный бухгалтер' })
    .vacancy({ as: 'cashier', title: 'Бухгалтер-кассир' })
    .citizen()
    .resume({ status: 'ACTIVE', desiredPosition: 'Бухгалтер' })
    .resume({ as: 'pending', desiredPosition: 'Кладовщик' })
    .favoriteVacancy();
  // Employers cannot withdraw through GraphQL yet: the test withdraws as the employer's cabinet will.
  await suite.platform.stack.subgraphs.employer.orm.em
    .fork()
    .getConnection()
    .execute(`update employer.vacancy set status = 'WITHDRAWN' where id = ?`, [cashier.id]);

  const page = await suite.newPage();
  const app = suite.platform.apps['web-citizen'].url;
  await signInThroughPage(page, `${app}/matching`, citizen);
  await page.getByRole('heading', { name: 'Подходящие вакансии', level: 1 }).waitFor();
  violations.push(...(await seriousViolations(page)));

  const accepted = page.getByRole('region', { name: 'Бухгалтер', exact: true });
  const matches = accepted.getByRole('list', { name: 'Вакансии, подходящие под «Бухгалтер»' });
  await matches.waitFor();
  const waiting = page.getByRole('region', { name: 'Кладовщик', exact: true });
  await waiting.getByText('Подходящие вакансии появятся, когда центр занятости примет').waitFor();
  expect(await waiting.getByRole('link', { name: 'резюме «Кладовщик»' }).getAttribute('href')).toBe(
    `/resumes/${pending.id}`,
  );
  expect(await waiting.getByRole('list').count()).toBe(0);
  const items = matches.getByRole('listitem');
  expect(await items.allInnerTexts()).toHaveLength(2);
  const first = items.first();
  expect(await first.getByRole('heading', { level: 3 }).innerText()).toBe('Бухгалтер');
  await first.getByText('Подходит: совпадает профессия').waitFor();
  violations.push(...(await seriousViolations(page)));

  await press(page, first.getByRole('button', { name: 'В избранное: Бухгалтер' }));
  await page.getByText('Вакансия добавлена в избранное').waitFor();
  expect(await pressed(page, 'Убрать из избранного: Бухгалтер')).toBe('true');

  // On a phone the sections and their cards fit the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await fitsPhone(page);
  violations.push(...(await seriousViolations(page)));
  await page.setViewportSize({ width: 1280, height: 720 });

  await press(page, page.getByRole('link', { name: 'Избранные вакансии' }));
  await page.getByRole('heading', { name: 'Избранные вакансии', level: 1 }).waitFor();
  await page.getByText('В избранном 2 вакансии, снято с публикации — 1').waitFor();
  const withdrawn = page.getByRole('row').filter({ hasText: 'Бухгалтер-кассир' });
  await withdrawn.getByText('Снята с публикации').waitFor();
  expect(await withdrawn.getByRole('link').count()).toBe(0);
  violations.push(...(await seriousViolations(page)));

  // On a phone the same list is cards, each with its star.
  await page.setViewportSize({ width: 390, height: 844 });
  const cards = page.getByRole('list', { name: 'Избранные вакансии' });
  await cards.waitFor();
  violations.push(...(await seriousViolations(page)));
  await press(page, cards.getByRole('button', { name: 'Убрать из избранного: Бухгалтер-кассир' }));
  await page.getByText('В избранном 1 вакансия.', { exact: false }).waitFor();
  expect(await cards.getByRole('listitem').allInnerTexts()).toHaveLength(1);

  expect(violations).toEqual([]);
});
