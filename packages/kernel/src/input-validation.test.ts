import { textProblem } from './input-validation';

const problem = (...args: Parameters<typeof textProblem>) => {
  const found = textProblem(...args);
  return found && { field: found.extensions['field'], message: found.message };
};

test('control characters are refused; a multi-line field takes line breaks and tabs', () => {
  expect(problem('login', 'ivanov\u0000', false)).toMatchObject({ field: 'login' });
  expect(problem('name', 'Иванов\nИван', false)?.message).toMatch(/переводы строк/);
  expect(problem('comment', 'Строка\r\nвторая\tс табуляцией', false, { multiLine: true })).toBeNull();
  expect(problem('comment', 'Строка\u0000', false, { multiLine: true })?.message).toMatch(/нулевой байт/);
  expect(problem('comment', 'звонок\u0007', false, { multiLine: true })).toMatchObject({ field: 'comment' });
});

test('text is at most 1000 characters unless its field says otherwise', () => {
  expect(problem('name', 'я'.repeat(1000), false)).toBeNull();
  expect(problem('name', 'я'.repeat(1001), false)?.message).toBe(
    'Поле name: не больше 1000 символов (сейчас 1001), сократите текст',
  );
  expect(problem('result', 'я'.repeat(4000), false, { maxLength: 4000 })).toBeNull();
});

test('an ID is a UUID unless its field says otherwise', () => {
  expect(problem('id', '3f2c1e6a-9b1d-4c57-9a0e-000000000001', true)).toBeNull();
  expect(problem('id', '42; drop', true)).toMatchObject({ field: 'id' });
  expect(problem('eventId', '1234', true, { uuid: false })).toBeNull();
  expect(problem('eventId', '1'.repeat(101), true, { uuid: false })).toMatchObject({ field: 'eventId' });
});
