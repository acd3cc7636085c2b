import { randomUUID } from 'node:crypto';
import { openOrm } from '@czn/kernel';
import { createTestDatabase } from '@czn/testing';
import { routing } from '../subgraph';

test('a database that had the alimony catalogue from the demo seed keeps its rows and gains the rest', async () => {
  const database = await createTestDatabase();
  const orm = await openOrm(routing, database.url);
  try {
    await orm.getMigrator().up({ to: 'Migration20261213000001_partner_referrals' });
    const connection = orm.em.getConnection();
    const situationId = randomUUID();
    const offeringId = randomUUID();
    await connection.execute(
      `insert into routing.life_situation (id, code, name, description) values (?, 'ALIMONY_OBLIGATIONS', 'Граждане, имеющие алиментные обязательства', 'Из демонстрационных данных')`,
      [situationId],
    );
    await connection.execute(
      `insert into routing.service_offering (id, life_situation_id, code, position, name, description, type, kind, provider, mandatory)
       values (?, ?, 'ALIMONY-01', 1, 'Составление индивидуального плана гражданина', '', 'SUPPORT_SERVICE', 'INFORMATION_CONSULTING', 'центр занятости населения', 'REQUIRED')`,
      [offeringId, situationId],
    );
    await orm.getMigrator().up();
    expect(await connection.execute('select id, description from routing.life_situation')).toEqual([
      { id: situationId, description: 'Из демонстрационных данных' },
    ]);
    const offerings: Array<{ id: string; code: string; life_situation_id: string }> =
      await connection.execute(
        'select id, code, life_situation_id from routing.service_offering order by position',
      );
    expect(offerings).toHaveLength(61);
    expect(offerings[0]).toEqual({ id: offeringId, code: 'ALIMONY-01', life_situation_id: situationId });
    expect(offerings.every((offering) => offering.life_situation_id === situationId)).toBe(true);
  } finally {
    await orm.close();
    await database.stop();
  }
});
