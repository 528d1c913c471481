import { describe, expect, test } from 'vitest';
import { codeRecordSchema } from '../../src/schemas/record';
import { record } from './matcher/entries';

const valid = record('demo', 487, 10003, 'Canceled.');

describe('codeRecordSchema', () => {
  test('accepts a record as the catalogue makes it', () => {
    expect(codeRecordSchema.parse(valid)).toEqual(valid);
  });

  test.each([
    ['a negative code', { code: -1 }],
    ['a fractional subcode', { subcode: 1.5 }],
    ['a code beyond the safe integers', { code: Number.MAX_SAFE_INTEGER + 2 }],
    ['an empty message', { message: '' }],
    ['a category outside the known four', { resultCategory: 'UnxpectedClientError' }],
    ['a URL that is not a lowercase root-relative path', { url: '/Rooms API/401/' }],
    ['a record listed in no source', { listedIn: [] }],
    [
      'a report that is not https',
      { reports: [{ url: 'javascript:alert(1)', date: '2024-01-01', summary: 'x', summaryHtml: 'x' }] },
    ],
  ])('rejects %s', (_, change) => {
    expect(codeRecordSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
