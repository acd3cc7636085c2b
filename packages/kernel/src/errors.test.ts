import { badUserInputs } from './errors';

test('several bad inputs read as the first, and list every one', () => {
  const error = badUserInputs([
    { field: 'fields.goal', message: 'Выберите: «Цель обращения»' },
    { field: 'contactPhone', message: 'Укажите телефон в формате +7 (XXX) XXX-XX-XX' },
  ]);
  expect(error.message).toBe('Выберите: «Цель обращения»');
  expect(error.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'fields.goal',
    problems: [
      { field: 'fields.goal', message: 'Выберите: «Цель обращения»' },
      { field: 'contactPhone', message: 'Укажите телефон в формате +7 (XXX) XXX-XX-XX' },
    ],
  });
});
