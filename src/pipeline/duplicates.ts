import type { ParsedRecord } from '../schemas/record';
import type { Fail } from './errors';

/** Two rows with the same numbers and message in one table must say the same thing; one copy is enough. */
export function findDuplicates(records: ParsedRecord[], fail: Fail) {
  const seen = new Map<string, ParsedRecord>();
  for (const record of records) {
    const key = [record.tableSlug, record.code, record.subcode, record.message].join('\u0000');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, record);
      continue;
    }
    const same = first.advice === record.advice && first.resultCategory === record.resultCategory;
    const numbers = [record.code, record.subcode].filter((n) => n !== null).join('/');
    if (same) fail(record.line, `${numbers} "${record.message}" repeats line ${first.line}`, 'delete one copy');
    else
      fail(
        record.line,
        `${numbers} "${record.message}" appears again with different text (first at line ${first.line})`,
        'keep one row and put the other wording in its Note',
      );
  }
}
