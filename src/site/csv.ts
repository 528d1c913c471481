// A spreadsheet evaluates a cell that starts with one of these as a formula (OWASP, CSV injection):
// = + - @, a tab or a carriage return, and their full-width forms. A leading ' is added too, so that
// removing the one added ' is always the way back to the value.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20']/;

/**
 * One RFC 4180 field. A value a spreadsheet would evaluate gets a leading `'`, which spreadsheets
 * show as text and hide, and is quoted; the value is what follows that first `'`.
 */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The value a field of `/codes.csv` holds, once RFC 4180 quoting is undone: without the added `'`. */
export const csvValue = (field: string) => (field.startsWith("'") ? field.slice(1) : field);
