import type { AreaWord } from '../schemas/area-word';
import type { CodeRecord, ParsedRecord } from '../schemas/record';
import type { ContentError } from './errors';
import type { SdkNameRow } from './shared';

const AREA_WORDS_FILE = 'content/shared/area-words.md';

const names = (r: ParsedRecord, row: SdkNameRow) =>
  r.area === row.area && r.code === row.code && r.subcode === row.subcode;

/** The SDK names `shared/sdk-names.md` gives a record. */
export function sdkNamesOf(record: ParsedRecord, rows: SdkNameRow[]): CodeRecord['names'] {
  return rows.filter((row) => names(record, row)).map(({ name, seen, seenLabel }) => ({ name, seen, seenLabel }));
}

/** A name for numbers no record has would never be shown: it stops the build. */
export function unmatchedNameErrors(rows: SdkNameRow[], records: ParsedRecord[]): ContentError[] {
  return rows
    .filter((row) => !records.some((r) => names(r, row)))
    .map((row) => ({
      file: row.file,
      line: row.line,
      message: `the SDK name ${row.name} for ${row.area} ${[row.code, row.subcode].filter((n) => n !== null).join('/')} matches no record`,
      fix: 'check the area slug and the numbers',
    }));
}

/** An area word must point at areas that exist, and say each word once. */
export function areaWordErrors(words: AreaWord[], areaSlugs: string[]): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    for (const area of word.areas.filter((a) => !areaSlugs.includes(a)))
      errors.push({
        file: AREA_WORDS_FILE,
        line: word.line,
        message: `the area "${area}" of ${word.word} does not exist`,
        fix: `use one of ${areaSlugs.join(', ')}`,
      });
    const key = word.word.toLowerCase();
    if (seen.has(key))
      errors.push({
        file: AREA_WORDS_FILE,
        line: word.line,
        message: `${word.word} is listed twice`,
        fix: 'keep one row',
      });
    seen.add(key);
  }
  return errors;
}
