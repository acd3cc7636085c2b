import type { DeskAppealRowFragment } from '../gql/graphql';
import { matchesFilter, type AppealFilter } from './filter';

const newerThan = (a: DeskAppealRowFragment, b: DeskAppealRowFragment) =>
  Date.parse(a.createdAt) > Date.parse(b.createdAt);

/**
 * A list on screen (newest first, at most `limit` loaded) after the feed brought `appeal`: a matching
 * appeal takes its place by date, one that stopped matching leaves. Null when the list stays as it is.
 */
export function placeInList<T extends DeskAppealRowFragment>(
  list: readonly T[],
  appeal: T,
  filter: AppealFilter,
  limit: number,
): T[] | null {
  const present = list.some(({ id }) => id === appeal.id);
  const matches = matchesFilter(appeal, filter);
  if (present && !matches) return list.filter(({ id }) => id !== appeal.id);
  if (present || !matches) return null;
  const at = list.findIndex((row) => newerThan(appeal, row));
  if (at >= 0) return [...list.slice(0, at), appeal, ...list.slice(at)];
  // Older than everything loaded: it belongs here only if the list is all there is.
  return list.length < limit ? [...list, appeal] : null;
}
