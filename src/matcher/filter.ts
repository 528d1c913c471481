import { fieldKind } from './fields';
import { observe, type Observation } from './observe';
import { matchesWhole } from './rank';

/** What a table filter box says: numbers and pairs to match whole, and words to find in the text. */
export interface FilterQuery {
  numbers: Observation[];
  words: string[];
}

/** The filter acts on the start of the box only: a pasted novel must not freeze the table. */
export const MAX_FILTER = 500;

/** The box is read like a typed query: every number counts, `SIP` and `cause` name the code space. */
export function filterQuery(input: string): FilterQuery {
  const text = input.slice(0, MAX_FILTER);
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\d+/g, ' ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w && !fieldKind(w));
  return { numbers: observe(text, undefined, { query: true }).observations, words };
}

/**
 * A row passes when it matches every number or pair whole, in its code space, and contains every word.
 * Plain loops: the `/codes/` filter asks this of every row on each keystroke, often before the code is optimised.
 */
export function rowMatches(
  query: FilterQuery,
  row: { code: number | null; subcode: number | null; space?: string; text: string },
): boolean {
  for (const o of query.numbers) {
    const inSpace = o.space === 'any' || !row.space || row.space === o.space;
    if (!inSpace || !matchesWhole(o, row)) return false;
  }
  for (const word of query.words) if (!row.text.includes(word)) return false;
  return true;
}
