import { randomUUID } from 'node:crypto';
import { openOrm } from '@czn/kernel';
import { createTestDatabase } from '@czn/testing';
import { identity } from '../subgraph';

test('rows of the trail written before operations had names keep the GraphQL text apart and say what was done', async () => {
  const database = await createTestDatabase();
  const orm = await openOrm(identity, database.url);
  try {
    await orm.getMigrator().up({ to: 'Migration20261213000002_personal_data_audit' });
    const insert = (action: string, operation: string) =>
      orm.em.getConnection().execute(
        `insert into identity.personal_data_access
           (id, occurred_at, subject_id, action, kinds, actor_id, actor_roles, service, operation, request_id)
         values (?, now(), ?, ?, '{PHONE}', null, '{}', 'citizen', ?, ?)`,
        [randomUUID(), randomUUID(), action, operation, randomUUID()],
      );
    await insert('READ', 'query DeskAppeal__citizen__0: appeal');
    await insert('CHANGE', 'mutation: submitAppeal');
    await insert('CHANGE', 'вход через Госуслуги: данные из ЕСИА');
    await orm.getMigrator().up();
    const rows = await orm.em
      .getConnection()
      .execute('select operation, graphql_operation from identity.personal_data_access order by operation');
    expect(rows).toEqual([
      { operation: 'Изменение персональных данных', graphql_operation: 'mutation: submitAppeal' },
      {
        operation: 'Просмотр персональных данных',
        graphql_operation: 'query DeskAppeal__citizen__0: appeal',
      },
      { operation: 'вход через Госуслуги: данные из ЕСИА', graphql_operation: null },
    ]);
  } finally {
    await orm.close();
    await database.stop();
  }
});
