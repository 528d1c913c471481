import { describe, expect, test } from 'vitest';
import { csvCell, csvValue } from '../../../src/site/csv';

// /codes.csv opens in a spreadsheet: no field may start a formula (OWASP CSV injection), and every
// value stays recoverable by one documented rule (drop one leading ').

/** The value of one quoted RFC 4180 field. */
const unquote = (field: string) => field.slice(1, -1).replace(/""/g, '"');

describe('a CSV field', () => {
  test.each([
    '=1+1',
    '+4007',
    '-1 means opted out',
    '- Call forbidden.',
    '@SUM(A1)',
    '\tTab',
    '\rCR',
    '＝1',
    "'quoted",
  ])('%j gets a leading quote, is quoted, and reads back as it was', (value) => {
    const field = csvCell(value);
    expect(field.startsWith(`"'`)).toBe(true);
    expect(csvValue(unquote(field))).toBe(value);
  });

  test.each([
    ['plain text', 'Call ended.', 'Call ended.'],
    ['a number', 4007, '4007'],
    ['a comma', 'a, b', '"a, b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['nothing', null, ''],
    ['a minus inside', 'a -1', 'a -1'],
  ])('%s is written as RFC 4180 asks', (_, value, field) => {
    expect(csvCell(value)).toBe(field);
  });
});
