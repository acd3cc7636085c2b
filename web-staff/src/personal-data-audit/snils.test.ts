import { formatSnils, snilsDigits } from './snils';

test('a SNILS is its 11 digits, typed with dashes and spaces or without', () => {
  for (const typed of ['112-233-445 95', '11223344595', ' 112 233 445 95 ', '112-233-445-95'])
    expect(snilsDigits(typed)).toBe('11223344595');
});

test('anything else is not a SNILS', () => {
  for (const typed of ['', '112-233-445 9', '112-233-445 951', '112.233.445 95', 'СНИЛС 11223344595'])
    expect(snilsDigits(typed)).toBeNull();
});

test('the digits print as 000-000-000 00', () => {
  expect(formatSnils('11223344595')).toBe('112-233-445 95');
});
