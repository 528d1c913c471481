import { describe, expect, test } from 'vitest';
import { flattened } from '../../../src/scripts/flatten';

const flattenedWhole = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

describe('flattened', () => {
  test.each([
    ['a log of lines and tabs', '2026-11-26\tcall ended\n  code 487/10003\r\nsee logs\n', 20],
    ['white space around and inside', '  \u00a0487\u2003 10003\u3000 ', 500],
    ['a cut inside a word', 'CallingCommunicationException code 487', 12],
    ['a cut right after a word', 'abc def ghi', 3],
    ['a cut right after a space', 'abc def ghi', 4],
    ['white space only', ' \n\t ', 10],
    ['no limit', 'one\n\ntwo  three', Infinity],
    ['a limit of nothing', 'one two', 0],
  ])('shows %s as replacing every run of white space would', (_, text, max) => {
    expect(flattened(text, max)).toBe(flattenedWhole(text, max));
  });

  test('reaches the first word after a megabyte of white space', () => {
    expect(flattened(`${' \n'.repeat(500_000)}487/10003`, 2000)).toBe('487/10003');
  });
});
