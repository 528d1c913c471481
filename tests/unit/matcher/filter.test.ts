import { describe, expect, test } from 'vitest';
import { filterQuery, MAX_FILTER, rowMatches } from '../../../src/matcher/filter';
import { RECORDS } from './entries';

const rows = RECORDS.map((r) => ({
  url: r.url,
  code: r.code,
  subcode: r.subcode,
  text: `${r.message} ${r.advice}`.toLowerCase(),
}));
const shown = (q: string) => rows.filter((row) => rowMatches(filterQuery(q), row)).map((r) => r.url);

describe('the table filter', () => {
  test.each(['487/10003', '487 10003', '487-10003'])('%s matches that pair only', (q) => {
    expect(shown(q)).toEqual(['/calling/487/10003/']);
  });

  test('a bare number matches records that carry exactly that number', () => {
    expect(shown('0')).toEqual(['/calling/487/0/']);
    expect(shown('48')).toEqual([]);
  });

  test('words match the message and the advice, all of them', () => {
    expect(shown('busy called')).toEqual(['/pstn/486/60486/']);
  });

  test('numbers and words together', () => {
    expect(shown('486 busy')).toEqual(['/calling/486/560486/', '/pstn/486/60486/', '/sip/486/']);
  });

  test('only the start of a huge paste is read', () => {
    expect(filterQuery(`${'word '.repeat(MAX_FILTER)}487`).numbers).toEqual([]);
  });
});

describe('the table filter reads code spaces', () => {
  const spaced = RECORDS.map((r) => ({ url: r.url, code: r.code, subcode: r.subcode, space: r.codeSpace, text: '' }));
  const shownIn = (q: string) => spaced.filter((row) => rowMatches(filterQuery(q), row)).map((r) => r.url);

  test('SIP 486 matches the SIP response only', () => {
    expect(shownIn('SIP 486')).toEqual(['/sip/486/']);
  });

  test('cause 17 matches the Q.850 cause only', () => {
    expect(shownIn('cause 17')).toEqual(['/q850/17/']);
  });
});
