import { randomUUID } from 'node:crypto';
import { acrossMigrations } from '@czn/testing';
import { citizen } from '../subgraph';

test('appeals submitted before contacts were asked for keep an empty phone and no e-mail', () =>
  acrossMigrations(citizen, 'Migration20261122120000_outbox', async ({ sql, migrateRest }) => {
    const id = randomUUID();
    await sql(
      `insert into citizen.appeal (id, number, type, applicant_id, job_center_id, created_at, updated_at)
       values (?, '2026-000001', 'CAREER_GUIDANCE', ?, ?, now(), now())`,
      [id, randomUUID(), randomUUID()],
    );
    await migrateRest();
    expect(await sql('select contact_phone, contact_email from citizen.appeal where id = ?', [id])).toEqual([
      { contact_phone: '', contact_email: null },
    ]);
  }));

test('existing appeals count as seen at submission: those changed since then become unread', () =>
  acrossMigrations(citizen, 'Migration20261201000000_appeal_contacts', async ({ sql, migrateRest }) => {
    const insert = (number: string, updatedAt: string) =>
      sql(
        `insert into citizen.appeal (id, number, type, applicant_id, job_center_id, contact_phone, created_at, updated_at)
         values (?, ?, 'CAREER_GUIDANCE', ?, ?, '', '2026-11-20T10:00:00Z', ?)`,
        [randomUUID(), number, randomUUID(), randomUUID(), updatedAt],
      );
    await insert('2026-000001', '2026-11-20T10:00:00Z');
    await insert('2026-000002', '2026-11-21T10:00:00Z');
    await migrateRest();
    expect(
      await sql(
        'select number, applicant_seen_at < updated_at as unread from citizen.appeal order by number',
      ),
    ).toEqual([
      { number: '2026-000001', unread: false },
      { number: '2026-000002', unread: true },
    ]);
  }));

test('audit events already in the outbox move to the citizen.audit stream with their ids; appeal events stay', () =>
  acrossMigrations(citizen, 'Migration20261201000001_appeal_applicant_seen', async ({ sql, migrateRest }) => {
    const insert = (type: string) =>
      sql(
        `insert into citizen.outbox_event (type, entity_type, entity_id, audience, data, occurred_at)
         values (?, 'Appeal', ?, '{"userIds":[],"jobCenterIds":[]}', '{}', now())`,
        [type, randomUUID()],
      );
    await insert('SUBMITTED');
    await insert('PersonalDataAccessed');
    await insert('STATUS_CHANGED');
    await migrateRest();
    expect(await sql('select id, type, stream from citizen.outbox_event order by id')).toEqual([
      { id: '1', type: 'SUBMITTED', stream: 'citizen' },
      { id: '2', type: 'PersonalDataAccessed', stream: 'citizen.audit' },
      { id: '3', type: 'STATUS_CHANGED', stream: 'citizen' },
    ]);
  }));
