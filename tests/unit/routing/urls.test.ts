import { describe, expect, test } from 'vitest';
import { assignUrls } from '../../../src/routing/urls';

const numbers = (
  area: string,
  code: number | null,
  subcode: number | null,
  message = 'm',
  route: string | null = null,
) => ({ area, code, subcode, message, route });
const urls = (...records: ReturnType<typeof numbers>[]) => assignUrls(records).records.map((r) => [r.url, r.anchor]);

describe('assignUrls', () => {
  test('puts the area, the code and the subcode in the URL', () => {
    expect(urls(numbers('demo', 487, 10003))).toEqual([['/demo/487/10003/', '487-10003']]);
  });

  test('uses the word "subcode" where a record has no code', () => {
    expect(urls(numbers('demo', null, 8523))).toEqual([['/demo/subcode/8523/', 'subcode-8523']]);
  });

  test('puts a table route before the numbers', () => {
    expect(urls(numbers('demo', 400, null, 'Bad request', 'status'))).toEqual([['/demo/status/400/', 'status-400']]);
  });

  test('adds a slug of the message when records share all their numbers', () => {
    expect(urls(numbers('demo', 400, null, 'Play Failed'), numbers('demo', 400, null, 'Recognize Failed.'))).toEqual([
      ['/demo/400/play-failed/', '400-play-failed'],
      ['/demo/400/recognize-failed/', '400-recognize-failed'],
    ]);
  });

  test('reports a URL that two records would still share', () => {
    const { collisions } = assignUrls([
      numbers('demo', 400, null, 'Bad request'),
      numbers('demo', 400, null, 'Bad request'),
    ]);
    expect(collisions.map((c) => [c.url, c.records.length])).toEqual([['/demo/400/bad-request/', 2]]);
  });

  test('the same numbers in two areas are two URLs', () => {
    expect(urls(numbers('a', 487, 10003), numbers('b', 487, 10003)).map(([url]) => url)).toEqual([
      '/a/487/10003/',
      '/b/487/10003/',
    ]);
  });
});
