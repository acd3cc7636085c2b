import type { EntityManager } from '@czn/kernel';

/** Appeal numbers follow the region's calendar year. */
const REGION_TIME_ZONE = 'Asia/Barnaul';

const yearFormat = new Intl.DateTimeFormat('en', { timeZone: REGION_TIME_ZONE, year: 'numeric' });

/** Issues the next number, such as 2026-000123, inside the caller's transaction. */
export async function nextAppealNumber(em: EntityManager, now: Date): Promise<string> {
  const year = Number(yearFormat.format(now));
  const [row] = await em.getConnection().execute<Array<{ last: number }>>(
    `insert into citizen.appeal_number_counter (year, last) values (?, 1)
     on conflict (year) do update set last = appeal_number_counter.last + 1
     returning last`,
    [year],
    'all',
    em.getTransactionContext(),
  );
  return `${year}-${String(row!.last).padStart(6, '0')}`;
}
