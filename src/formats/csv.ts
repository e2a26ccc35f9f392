// CSV as RFC 4180 says (comma, CRLF, quotes doubled), made safe for spreadsheets: a text cell that
// starts like a formula gets a leading apostrophe, so Excel or LibreOffice show it instead of running it.

export type CsvCell = string | number | boolean | null;

/** Starts a spreadsheet reads as a formula (OWASP's list: = + - @, tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Lets Excel recognise UTF-8; other readers skip it (or should: see docs/data.md). */
export const UTF8_BOM = '\uFEFF';

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its line end. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
