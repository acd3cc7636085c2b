import type { DeskAppealRowFragment } from '../gql/graphql';
import { placeInList } from './placeInList';

const appeal = (
  id: string,
  createdAt: string,
  overrides: Partial<DeskAppealRowFragment> = {},
): DeskAppealRowFragment => ({
  id,
  number: `2026-${id}`,
  type: 'JOB_SEARCH_ASSISTANCE',
  status: 'REGISTERED',
  createdAt,
  applicant: { id: 'u1', fullName: 'Иванов Иван Иванович' },
  ...overrides,
});

const noFilter = { status: null, type: null };
const older = appeal('1', '2026-11-20T09:00:00.000Z');
const newer = appeal('2', '2026-11-21T09:00:00.000Z');
const ids = (list: DeskAppealRowFragment[] | null) => list?.map(({ id }) => id) ?? null;

test('a new appeal goes on top of the list', () => {
  const brandNew = appeal('3', '2026-11-22T09:00:00.000Z');
  expect(ids(placeInList([newer, older], brandNew, noFilter, 200))).toEqual(['3', '2', '1']);
});

test('an appeal takes its place by date among the loaded ones', () => {
  const between = appeal('3', '2026-11-20T12:00:00.000Z');
  expect(ids(placeInList([newer, older], between, noFilter, 200))).toEqual(['2', '3', '1']);
});

test('an appeal older than a full list belongs to a page not loaded', () => {
  const oldest = appeal('3', '2026-11-01T09:00:00.000Z');
  expect(placeInList([newer, older], oldest, noFilter, 2)).toBeNull();
  expect(ids(placeInList([newer, older], oldest, noFilter, 3))).toEqual(['2', '1', '3']);
});

test('an appeal already listed stays where it is: the cache updates its row', () => {
  expect(placeInList([newer, older], { ...older, status: 'IN_PROGRESS' }, noFilter, 200)).toBeNull();
});

test('under a filter, an appeal enters when it matches and leaves when it no longer does', () => {
  const registered = { status: 'REGISTERED' as const, type: null };
  expect(ids(placeInList([older], { ...newer, status: 'IN_PROGRESS' }, registered, 200))).toBeNull();
  expect(ids(placeInList([newer, older], { ...older, status: 'IN_PROGRESS' }, registered, 200))).toEqual([
    '2',
  ]);

  const inProgress = { status: 'IN_PROGRESS' as const, type: null };
  expect(ids(placeInList([older], { ...newer, status: 'IN_PROGRESS' }, inProgress, 200))).toEqual(['2', '1']);
});
