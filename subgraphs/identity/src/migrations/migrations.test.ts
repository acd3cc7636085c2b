import { randomUUID } from 'node:crypto';
import { acrossMigrations } from '@czn/testing';
import { identity } from '../subgraph';

test('rows of the trail written before operations had names keep the GraphQL text apart and say what was done', () =>
  acrossMigrations(identity, 'Migration20261214000000_audit_stream', async ({ sql, migrateRest }) => {
    const insert = (action: string, operation: string) =>
      sql(
        `insert into identity.personal_data_access
           (id, occurred_at, subject_id, action, kinds, actor_id, actor_roles, service, operation, request_id)
         values (?, now(), ?, ?, '{PHONE}', null, '{}', 'citizen', ?, ?)`,
        [randomUUID(), randomUUID(), action, operation, randomUUID()],
      );
    await insert('READ', 'query DeskAppeal__citizen__0: appeal');
    await insert('CHANGE', 'mutation: submitAppeal');
    await insert('CHANGE', 'вход через Госуслуги: данные из ЕСИА');
    await migrateRest();
    const rows = await sql(
      'select operation, graphql_operation from identity.personal_data_access order by operation',
    );
    expect(rows).toEqual([
      { operation: 'Изменение персональных данных', graphql_operation: 'mutation: submitAppeal' },
      {
        operation: 'Просмотр персональных данных',
        graphql_operation: 'query DeskAppeal__citizen__0: appeal',
      },
      { operation: 'вход через Госуслуги: данные из ЕСИА', graphql_operation: null },
    ]);
  }));

test('citizen’s audit events already copied keep their place when they move to the citizen.audit stream', () =>
  acrossMigrations(identity, 'Migration20261213000002_personal_data_audit', async ({ sql, migrateRest }) => {
    await sql(
      `insert into identity.personal_data_audit_cursor (stream, last_event_id) values ('citizen', 41)`,
    );
    await sql(
      `insert into identity.personal_data_access
         (id, occurred_at, subject_id, action, kinds, actor_id, actor_roles, service, operation, request_id,
          source_stream, source_event_id)
       values (?, now(), ?, 'READ', '{PHONE}', null, '{}', 'citizen', 'query: appeal', ?, 'citizen', 41)`,
      [randomUUID(), randomUUID(), randomUUID()],
    );
    await migrateRest();
    expect(await sql('select stream, last_event_id from identity.personal_data_audit_cursor')).toEqual([
      { stream: 'citizen.audit', last_event_id: '41' },
    ]);
    expect(await sql('select source_stream from identity.personal_data_access')).toEqual([
      { source_stream: 'citizen.audit' },
    ]);
  }));
