/** The fields a table column can fill; anything else is kept as an extra column. */
export type Field = 'code' | 'subcode' | 'message' | 'resultCategory' | 'advice' | 'note';

// Header names as the Microsoft Learn tables spell them, lower-cased with non-letters removed.
const HEADER_FIELDS: Record<string, Field> = {
  code: 'code',
  errorcode: 'code',
  statuscode: 'code',
  participantendreason: 'code',
  subcode: 'subcode',
  participantendsubcode: 'subcode',
  message: 'message',
  description: 'message',
  resultcategory: 'resultCategory',
  resultcategories: 'resultCategory',
  advice: 'advice',
  mitigation: 'advice',
  actiontotake: 'advice',
  actionstotake: 'advice',
  additionalnotes: 'advice',
  note: 'note',
};

export function fieldOfHeader(header: string): Field | null {
  return HEADER_FIELDS[header.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}

export const NUMBER_LIST = /^\d+(\s*,\s*\d+)*$/;

/** Reads a code cell: empty means "none", a comma list means one record per number. */
export function parseNumbers(cell: string): number[] | null | 'invalid' {
  const text = cell.trim();
  if (text === '') return null;
  if (!NUMBER_LIST.test(text)) return 'invalid';
  return text.split(',').map((n) => Number(n.trim()));
}
