/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { appealStatusLabels, type AppealStatus } from '../gql/labels';
import { StatusBadge } from './StatusBadge';

test.each([
  ['REGISTERED', 'Зарегистрировано', 'ant-tag-default'],
  ['IN_PROGRESS', 'В работе', 'ant-tag-processing'],
  ['COMPLETED', 'Исполнено', 'ant-tag-success'],
  ['REJECTED', 'Отказано', 'ant-tag-error'],
] as const)('%s is shown as «%s» in its tone', (status: AppealStatus, label, tone) => {
  render(<StatusBadge status={status} />);
  const badge = screen.getByText(label);
  expect(badge.closest('.ant-tag')?.className).toContain(tone);
});

test('every status has a badge', () => {
  for (const status of Object.keys(appealStatusLabels) as AppealStatus[]) {
    const { unmount } = render(<StatusBadge status={status} />);
    expect(screen.getByText(appealStatusLabels[status])).toBeTruthy();
    unmount();
  }
});
