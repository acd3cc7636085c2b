import type { AppealRowFragment } from '../gql/graphql';
import { filterAppeals } from './appeal-filter';

const row = (
  number: string,
  status: AppealRowFragment['status'],
  type: AppealRowFragment['type'],
): AppealRowFragment => ({
  id: number,
  number,
  status,
  type,
  unread: false,
  createdAt: '2026-11-22T07:00:00Z',
  updatedAt: '2026-11-22T07:00:00Z',
  jobCenter: { id: 'jc', name: 'Центр занятости населения г. Бийск' },
});

const appeals = [
  row('2026-000001', 'REGISTERED', 'JOB_SEARCH_ASSISTANCE'),
  row('2026-000002', 'COMPLETED', 'CAREER_GUIDANCE'),
];

test('searches the number, the service and the job centre, case-insensitively', () => {
  expect(filterAppeals(appeals, { text: '000002', status: null }).map((a) => a.number)).toEqual([
    '2026-000002',
  ]);
  expect(filterAppeals(appeals, { text: 'ПРОФЕССИОНАЛЬНАЯ ориентация', status: null })).toHaveLength(1);
  expect(filterAppeals(appeals, { text: 'бийск', status: null })).toHaveLength(2);
});

test('filters by status', () => {
  expect(filterAppeals(appeals, { text: '', status: 'REGISTERED' }).map((a) => a.number)).toEqual([
    '2026-000001',
  ]);
});
