import { randomUUID } from 'node:crypto';
import { acrossMigrations } from '@czn/testing';
import { employer } from '../subgraph';

test('vacancies made before organisations get one per employer name', () =>
  acrossMigrations(employer, 'Migration20261122100000_vacancies', async ({ sql, migrateRest }) => {
    const insert = (employerName: string) =>
      sql(
        `insert into employer.vacancy (id, title, employer_name, job_center_id, created_at) values (?, 'Слесарь', ?, ?, now())`,
        [randomUUID(), employerName, randomUUID()],
      );
    await insert('ООО «Первое»');
    await insert('ООО «Первое»');
    await insert('ООО «Второе»');
    await migrateRest();
    const [second, first1, first2] = await sql<{ employer_name: string; organization_id: string }>(
      'select employer_name, organization_id from employer.vacancy order by employer_name',
    );
    expect(first1!.organization_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first2!.organization_id).toBe(first1!.organization_id);
    expect(second!.organization_id).not.toBe(first1!.organization_id);
  }));

test('vacancies made before the card columns keep their duties, count as confirmed when created', () =>
  acrossMigrations(employer, 'Migration20261201000000_vacancy_organization', async ({ sql, migrateRest }) => {
    await sql(
      `insert into employer.vacancy (id, title, employer_name, description, job_center_id, organization_id, created_at)
       values (?, 'Повар', 'ООО «Трапеза»', 'Приготовление блюд по технологическим картам', ?, ?, '2026-11-10T03:10:00Z')`,
      [randomUUID(), randomUUID(), randomUUID()],
    );
    await migrateRest();
    const [row] = await sql<Record<string, unknown>>(
      'select duties, description, requirements, city, region, schedule, employment_type, confirmed_at = created_at as confirmed_when_created from employer.vacancy',
    );
    expect(row).toEqual({
      duties: 'Приготовление блюд по технологическим картам',
      description: null,
      requirements: null,
      city: null,
      region: null,
      schedule: 'FULL_DAY',
      employment_type: 'FULL',
      confirmed_when_created: true,
    });
  }));

test('the words of vacancies made before the word list are listed, once each', () =>
  acrossMigrations(employer, 'Migration20261205140000_vacancy_match', async ({ sql, migrateRest }) => {
    for (const title of ['Слесарь-ремонтник', 'Слесарь'])
      await sql(
        `insert into employer.vacancy (id, title, employer_name, job_center_id, organization_id, created_at, confirmed_at)
         values (?, ?, 'ООО «Трапеза»', ?, ?, now(), now())`,
        [randomUUID(), title, randomUUID(), randomUUID()],
      );
    await migrateRest();
    const rows = await sql<{ word: string }>('select word from employer.vacancy_title_word order by word');
    expect(rows.map(({ word }) => word)).toEqual(['ооо', 'ремонтник', 'слесарь', 'трапеза']);
  }));
