import { describe, expect, test } from 'vitest';
import { searchRecord } from '../../../src/integrations/pagefind';

const titles = new Map([['calling', 'Calling SDK']]);
const record: Parameters<typeof searchRecord>[0] = {
  url: '/calling/487/10003/',
  area: 'calling',
  table: 'Call end reasons',
  code: 487,
  subcode: 10003,
  message: 'Call was accepted elsewhere.',
  advice: '- Check the other endpoints\n- Retry later',
  resultCategory: 'ExpectedError',
};

describe('what search indexes of a record', () => {
  test('is its message and its advice, each on one line, without list dashes', () => {
    expect(searchRecord(record, titles).content).toBe(
      'Call was accepted elsewhere.\nCheck the other endpoints; Retry later',
    );
  });

  test('is titled by the area, the numbers as pasted and the table', () => {
    expect(searchRecord(record, titles).meta.title).toBe('Calling SDK 487/10003 · Call end reasons');
  });

  test('names a record without a code by its subcode', () => {
    expect(searchRecord({ ...record, code: null }, titles).meta.title).toBe(
      'Calling SDK subcode 10003 · Call end reasons',
    );
  });

  test('filters by area and result category, and leaves out a category the record lacks', () => {
    expect(searchRecord(record, titles).filters).toEqual({ area: ['Calling SDK'], category: ['ExpectedError'] });
    expect(searchRecord({ ...record, resultCategory: null }, titles).filters).toEqual({ area: ['Calling SDK'] });
  });

  test('keeps the site-relative URL, which Pagefind prefixes with the base path', () => {
    expect(searchRecord(record, titles).url).toBe('/calling/487/10003/');
  });
});
