import { describe, expect, test } from 'vitest';
import { recordsByNumber, relatedIndex } from '../../../src/site/indexes';
import { record } from '../matcher/entries';

describe('recordsByNumber', () => {
  test('lists a record under its code and under its subcode, once each, numbers ascending', () => {
    const records = [record('a', 0, 0, 'zero'), record('a', 487, 0, 'canceled')];
    const index = recordsByNumber(records);
    expect([...index.keys()]).toEqual([0, 487]);
    expect(index.get(0)!.map((r) => r.message)).toEqual(['zero', 'canceled']);
  });
});

describe('relatedIndex', () => {
  const records = [
    record('a', 400, 8523, 'one'),
    record('a', 400, 8501, 'two'),
    record('a', 400, 8500, 'three'),
    record('b', 400, 8523, 'same pair elsewhere'),
    record('b', 400, 9999, 'only the code elsewhere'),
  ];
  const related = relatedIndex(records, 1);

  test('the same code in the area, cut at the limit', () => {
    const r = related(records[0]!);
    expect(r.sameCode.map((x) => x.message)).toEqual(['two']);
    expect(r.more).toBe(true);
  });

  test('elsewhere only records that share the whole pair', () => {
    expect(related(records[0]!).samePair.map((x) => x.message)).toEqual(['same pair elsewhere']);
  });
});
