import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';

/** Batches lookups of one entity by primary key within a request; missing ids resolve to null. */
export function entityByIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length ? await em.find(entity, { id: { $in: wellFormed } } as never) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row and must not reach PostgreSQL's uuid parser. */
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * Batches the history rows of many records within a request: the rows of `entity` whose `parent` relation
 * points at each id, oldest first (`changedAt`, then `id`); a record without rows gets `[]`.
 */
export function historyLoader<T extends { id: string; changedAt: Date }, P extends string & keyof T>(
  em: EntityManager,
  entity: EntityName<T>,
  parent: P,
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await em.find(entity, { [parent]: { $in: [...parentIds] } } as never, {
      orderBy: { changedAt: 'asc', id: 'asc' } as never,
    });
    const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get((row[parent] as { id: string }).id)?.push(row);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
