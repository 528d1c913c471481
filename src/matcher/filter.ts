import { normalise } from './normalise';
import { bare, type Observation } from './observe';
import { matchesWhole } from './rank';

/** What a table filter box says: numbers and pairs to match whole, and words to find in the text. */
export interface FilterQuery {
  numbers: Observation[];
  words: string[];
}

/** The filter acts on the start of the box only: a pasted novel must not freeze the table. */
export const MAX_FILTER = 500;

export function filterQuery(input: string): FilterQuery {
  const text = normalise(input.slice(0, MAX_FILTER));
  const words = text
    .toLowerCase()
    .replace(/\d+/g, ' ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
  return { numbers: bare(text), words };
}

/** A row passes when it matches every number or pair whole and contains every word. */
export function rowMatches(
  query: FilterQuery,
  row: { code: number | null; subcode: number | null; text: string },
): boolean {
  return query.numbers.every((o) => matchesWhole(o, row)) && query.words.every((w) => row.text.includes(w));
}
