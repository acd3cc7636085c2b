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
