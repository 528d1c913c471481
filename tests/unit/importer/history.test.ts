import { describe, expect, test } from 'vitest';
import { history, rewrite, type Wording } from '../../../src/importer/history';

/** The wordings of a row with one older version put in its place, as `--older` does. */
function insert(cell: string, listed: string[], current: string, at: number, wording: string): string {
  const read = history(cell, listed, current);
  if ('unplaced' in read) throw new Error(read.unplaced);
  const inserted: Wording = { source: 'old', message: wording, text: wording };
  return rewrite([...read.slice(0, at), inserted, ...read.slice(at)]);
}

describe('earlier wordings when an older version is imported', () => {
  test('reads every listed version’s wording from the entries and the current message', () => {
    expect(history('a: First.', ['a', 'b', 'c'], 'Second.')).toEqual([
      { source: 'a', message: 'First.', text: 'First.' },
      { source: 'b', message: 'Second.', text: 'Second.' },
      { source: 'c', message: 'Second.', text: 'Second.' },
    ]);
  });

  test('moves an entry to the older version when it printed the same words as the version before it', () => {
    expect(insert('a: First.', ['a', 'b'], 'Second.', 1, 'First.')).toBe('old: First.');
  });

  test('adds an entry for an older version that worded the row its own way', () => {
    expect(insert('a: First.', ['a', 'b'], 'Second.', 1, 'Between.')).toBe('a: First.<br>old: Between.');
  });

  test('adds nothing when the older version printed what the next one prints', () => {
    expect(insert('', ['a', 'b'], 'Same.', 1, 'Same.')).toBe('');
  });

  test('refuses an entry whose version the row does not list', () => {
    expect(history('x: Other.', ['a', 'b'], 'Same.')).toEqual({ unplaced: 'x' });
  });
});
