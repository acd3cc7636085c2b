import {
  appealStatusLabels,
  appealWords,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRoubles,
  plural,
} from '.';

test.each([
  [1, '1 обращение'],
  [3, '3 обращения'],
  [5, '5 обращений'],
  [11, '11 обращений'],
  [21, '21 обращение'],
  [22, '22 обращения'],
  [112, '112 обращений'],
  [1001, '1 001 обращение'],
])('%i → «%s»', (count, text) => {
  expect(plural(count, appealWords).replace(/\s/g, ' ')).toBe(text);
});

test('dates are dd.MM.yyyy on the region’s clock', () => {
  // 20:30 UTC on 31 December is already New Year in Barnaul (UTC+7).
  expect(formatDate('2026-12-31T20:30:00Z')).toBe('01.01.2027');
  expect(formatDateTime('2026-11-22T07:05:00Z')).toBe('22.11.2026 14:05');
});

test('numbers and roubles are grouped the Russian way', () => {
  expect(formatNumber(12345).replace(/\s/g, ' ')).toBe('12 345');
  expect(formatRoubles(45000).replace(/\s/g, ' ')).toBe('45 000 ₽');
});

test('every appeal status has its DOMAIN.md label', () => {
  expect(appealStatusLabels).toEqual({
    REGISTERED: 'Зарегистрировано',
    IN_PROGRESS: 'В работе',
    COMPLETED: 'Исполнено',
    REJECTED: 'Отказано',
  });
});
