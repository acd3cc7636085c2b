/**
 * Spreadsheets take a cell that starts with one of these for a formula (a tab or carriage return first is
 * stripped by some of them, so those count too): `=HYPERLINK("http://evil.example")` would go live.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet shows as written: a value that would start a formula gets a leading apostrophe,
 * which Excel and LibreOffice read as "this is text". Every CSV and spreadsheet export puts every value
 * that came from a person through it.
 */
export const inertSpreadsheetText = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value;

/** One CSV field: inert, and quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | null | undefined): string {
  const text = inertSpreadsheetText(value ?? '');
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV the way Russian spreadsheets open it: UTF-8 with a byte-order mark, «;» between fields,
 * CRLF after every line, every field through `csvCell`.
 */
export function csvTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
