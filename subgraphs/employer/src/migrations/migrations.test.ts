import { randomUUID } from 'node:crypto';
import { openOrm } from '@czn/kernel';
import { createTestDatabase } from '@czn/testing';
import { employer } from '../subgraph';

test('vacancies made before organisations get one per employer name', async () => {
  const database = await createTestDatabase();
  const orm = await openOrm(employer, database.url);
  try {
    await orm.getMigrator().up({ to: 'Migration20261122100000_vacancies' });
    const insert = (employerName: string) =>
      orm.em
        .getConnection()
        .execute(
          `insert into employer.vacancy (id, title, employer_name, job_center_id, created_at) values (?, 'Слесарь', ?, ?, now())`,
          [randomUUID(), employerName, randomUUID()],
        );
    await insert('ООО «Первое»');
    await insert('ООО «Первое»');
    await insert('ООО «Второе»');
    await orm.getMigrator().up();
    const rows: Array<{ employer_name: string; organization_id: string }> = await orm.em
      .getConnection()
      .execute('select employer_name, organization_id from employer.vacancy order by employer_name');
    const [second, first1, first2] = rows;
    expect(first1!.organization_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first2!.organization_id).toBe(first1!.organization_id);
    expect(second!.organization_id).not.toBe(first1!.organization_id);
  } finally {
    await orm.close();
    await database.stop();
  }
});
