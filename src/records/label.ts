import type { CodeRecord } from '../schemas/record';

/** "487/10003", "487", "subcode 8523": the numbers as a log prints them. */
export function numbersLabel(record: Pick<CodeRecord, 'code' | 'subcode'>): string {
  if (record.code === null) return `subcode ${record.subcode}`;
  return record.subcode === null ? String(record.code) : `${record.code}/${record.subcode}`;
}

/** The class of a code as people say it: 487 → "4xx", SMS 4007 → "4xxx", 0 → "0"; null without a code. */
export function codeClass(code: number | null): string | null {
  if (code === null) return null;
  const digits = String(code);
  return digits.length === 1 ? digits : `${digits[0]}${'x'.repeat(digits.length - 1)}`;
}

/** Records that share the whole pair of numbers (and code space) are the same code in different tables. */
export const pairKey = (r: Pick<CodeRecord, 'codeSpace' | 'code' | 'subcode'>) =>
  `${r.codeSpace}:${r.code ?? ''}/${r.subcode ?? ''}`;
