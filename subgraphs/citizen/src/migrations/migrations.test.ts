import { randomUUID } from 'node:crypto';
import { openOrm } from '@czn/kernel';
import { createTestDatabase } from '@czn/testing';
import { citizen } from '../subgraph';

test('appeals submitted before contacts were asked for keep an empty phone and no e-mail', async () => {
  const database = await createTestDatabase();
  const orm = await openOrm(citizen, database.url);
  try {
    await orm.getMigrator().up({ to: 'Migration20261122120000_outbox' });
    const id = randomUUID();
    await orm.em.getConnection().execute(
      `insert into citizen.appeal (id, number, type, applicant_id, job_center_id, created_at, updated_at)
       values (?, '2026-000001', 'CAREER_GUIDANCE', ?, ?, now(), now())`,
      [id, randomUUID(), randomUUID()],
    );
    await orm.getMigrator().up();
    const [row] = await orm.em
      .getConnection()
      .execute('select contact_phone, contact_email from citizen.appeal where id = ?', [id]);
    expect(row).toEqual({ contact_phone: '', contact_email: null });
  } finally {
    await orm.close();
    await database.stop();
  }
});

test('existing appeals count as seen at submission: those changed since then become unread', async () => {
  const database = await createTestDatabase();
  const orm = await openOrm(citizen, database.url);
  try {
    await orm.getMigrator().up({ to: 'Migration20261201000000_appeal_contacts' });
    const insert = (number: string, updatedAt: string) =>
      orm.em.getConnection().execute(
        `insert into citizen.appeal (id, number, type, applicant_id, job_center_id, contact_phone, created_at, updated_at)
         values (?, ?, 'CAREER_GUIDANCE', ?, ?, '', '2026-11-20T10:00:00Z', ?)`,
        [randomUUID(), number, randomUUID(), randomUUID(), updatedAt],
      );
    await insert('2026-000001', '2026-11-20T10:00:00Z');
    await insert('2026-000002', '2026-11-21T10:00:00Z');
    await orm.getMigrator().up();
    const rows = await orm.em
      .getConnection()
      .execute('select number, applicant_seen_at < updated_at as unread from citizen.appeal order by number');
    expect(rows).toEqual([
      { number: '2026-000001', unread: false },
      { number: '2026-000002', unread: true },
    ]);
  } finally {
    await orm.close();
    await database.stop();
  }
});
