import { innProblem, kppProblem, ogrnProblem, registrationNumberProblems } from './registration-numbers';

test.each([
  '7707083893', // Сбербанк
  '2225015698', // «Алтайские тёплые окна»
  '500100732259', // an entrepreneur
  '7830002293',
])('INN %s passes its check digits', (inn) => {
  expect(innProblem(inn)).toBeNull();
});

test.each([
  [
    '7707083894',
    'ИНН не прошёл проверку контрольной цифры: сверьте его со свидетельством о постановке на учёт',
  ],
  [
    '500100732258',
    'ИНН не прошёл проверку контрольных цифр: сверьте его со свидетельством о постановке на учёт',
  ],
  [
    '500100732269',
    'ИНН не прошёл проверку контрольных цифр: сверьте его со свидетельством о постановке на учёт',
  ],
  ['77070838', 'В ИНН 8 цифр, а нужно 10 у организации или 12 у индивидуального предпринимателя'],
  ['77О7083893', 'ИНН состоит только из цифр: 10 у организации, 12 у индивидуального предпринимателя'],
])('INN %s is refused', (inn, message) => {
  expect(innProblem(inn)).toBe(message);
});

test.each(['773601001', '7736AB001', '222501001'])('KPP %s is well formed', (kpp) => {
  expect(kppProblem(kpp)).toBeNull();
});

test.each([
  ['77360100', 'В КПП 8 символов, а нужно 9'],
  ['7736ab001', expect.stringContaining('2 цифры или заглавные латинские буквы')],
  ['77360100X', expect.stringContaining('КПП — 9 символов')],
])('KPP %s is refused', (kpp, message) => {
  expect(kppProblem(kpp)).toEqual(message);
});

test.each(['1027700132195', '1152225145093', '304500116000157'])('OGRN %s passes its check digit', (ogrn) => {
  expect(ogrnProblem(ogrn)).toBeNull();
});

test.each([
  ['1027700132196', 'ОГРН не прошёл проверку контрольной цифры: сверьте его с выпиской из ЕГРЮЛ или ЕГРИП'],
  ['304500116000158', 'ОГРН не прошёл проверку контрольной цифры: сверьте его с выпиской из ЕГРЮЛ или ЕГРИП'],
  ['10277001321', expect.stringContaining('В ОГРН 11 цифр')],
])('OGRN %s is refused', (ogrn, message) => {
  expect(ogrnProblem(ogrn)).toEqual(message);
});

test('a legal entity needs a KPP and a 13-digit OGRN; an entrepreneur has no KPP and a 15-digit OGRNIP', () => {
  expect(registrationNumberProblems({ inn: '7707083893', kpp: null, ogrn: '304500116000157' })).toEqual([
    { field: 'kpp', message: 'Укажите КПП: он есть у каждой организации с ИНН из 10 цифр' },
    { field: 'ogrn', message: 'У организации (ИНН из 10 цифр) ОГРН из 13 цифр, а указан ОГРНИП из 15' },
  ]);
  expect(
    registrationNumberProblems({ inn: '500100732259', kpp: '773601001', ogrn: '1027700132195' }),
  ).toEqual([
    {
      field: 'kpp',
      message: 'У индивидуального предпринимателя (ИНН из 12 цифр) нет КПП: оставьте поле пустым',
    },
    {
      field: 'ogrn',
      message: 'У индивидуального предпринимателя (ИНН из 12 цифр) ОГРНИП из 15 цифр, а указан ОГРН из 13',
    },
  ]);
  expect(registrationNumberProblems({ inn: '500100732259', kpp: null, ogrn: '304500116000157' })).toEqual([]);
});
