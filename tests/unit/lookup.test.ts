import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import {
  fieldAreas,
  findCandidates,
  numbersOf,
  parseQuery,
  shardEntries,
  shardOf,
  type IndexEntry,
} from '../../src/lib/lookup';
import { numbersLabel } from '../../src/lib/url';

const { areas, records } = await loadContent('content');
const entries: IndexEntry[] = records.map((r) => ({ ...r, label: numbersLabel(r), category: r.resultCategory }));
const fields = fieldAreas(areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })));
const lookup = (text: string) => findCandidates(parseQuery(text, fields), entries).map((c) => c.entry.url);

describe('lookup of pasted text', () => {
  test('a code/subcode pair finds its record', () => {
    expect(lookup('487/10003')).toEqual(['/calling/487/10003/']);
  });

  test('a pair separated by a space or a dash finds its record', () => {
    expect(lookup('487 10003')).toEqual(['/calling/487/10003/']);
    expect(lookup('487-10003')).toEqual(['/calling/487/10003/']);
  });

  test('a pair written subcode first still finds its record', () => {
    expect(lookup('10003/487')).toEqual(['/calling/487/10003/']);
  });

  test('a callEndReason object finds its record', () => {
    expect(lookup('{"code":487,"subCode":10003,"message":"Call was canceled"}')).toEqual(['/calling/487/10003/']);
  });

  test('a resultInformation fragment finds the Call Automation record', () => {
    expect(lookup('"resultInformation": {"code": 400, "subCode": 8523, "message": "Invalid request"}')).toEqual([
      '/call-automation/400/8523/',
    ]);
  });

  test('a call-log row with ParticipantEndReason finds the PSTN record', () => {
    expect(lookup('ParticipantEndReason=403 ParticipantEndSubCode=560403')).toEqual(['/pstn/403/560403/']);
  });

  test('a number carried by one record finds it', () => {
    expect(lookup('560486')).toEqual(['/calling/486/560486/']);
  });

  test('a number carried by many lists them all, each with a reason', () => {
    const candidates = findCandidates(parseQuery('0', fields), entries);
    expect(candidates.length).toBe(records.filter((r) => r.code === 0 || r.subcode === 0).length);
    expect(candidates.every((c) => /carries (code|subcode) 0/.test(c.reason))).toBe(true);
  });

  test('an API field name narrows the candidates to its area', () => {
    expect(lookup('"DeliveryStatusDetails": 4007')).toEqual(['/sms/4007/']);
  });

  test('text without a known number finds nothing', () => {
    expect(lookup('12345678')).toEqual([]);
    expect(lookup('no numbers here')).toEqual([]);
  });

  test('a megabyte of text is read quickly', () => {
    const start = performance.now();
    lookup(`${'x'.repeat(1_000_000)} 487/10003`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('the sharded exact-number index', () => {
  const shards = shardEntries(entries);

  test('holds every record in the shard of its code and of its subcode', () => {
    for (const entry of entries) {
      for (const n of [entry.code, entry.subcode]) if (n !== null) expect(shards[shardOf(n)]).toContain(entry);
    }
  });

  test('answers a query from its numbers’ shards exactly as the whole index does', () => {
    for (const text of [
      '487/10003',
      '0',
      '403',
      '{"code":400,"subCode":8523}',
      '10003/487',
      'ParticipantEndReason=603',
    ]) {
      const query = parseQuery(text, fields);
      const fromShards = [...new Set(numbersOf(query).flatMap((n) => shards[shardOf(n)]!))];
      expect(
        findCandidates(query, fromShards)
          .map((c) => c.entry.url)
          .sort(),
        text,
      ).toEqual(
        findCandidates(query, entries)
          .map((c) => c.entry.url)
          .sort(),
      );
    }
  });
});
