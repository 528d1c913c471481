import { describe, expect, test } from 'vitest';
import { assignUrls, recordsByNumber } from '../../src/lib/routes';
import { parseBody } from './helpers';

const route = (body: string) => {
  const { area, errors } = parseBody(body, 'content/demo.md');
  expect(errors).toEqual([]);
  return assignUrls(area!.records);
};

describe('assignUrls', () => {
  test('puts the area, the code and the subcode in the URL', () => {
    const { records } = route('## T\n\n| Subcode | Code | Message |\n|---|---|---|\n| 10003 | 487 | a |\n');
    expect(records.map((r) => [r.url, r.anchor])).toEqual([['/demo/487/10003/', '487-10003']]);
  });

  test('uses the word "subcode" where a record has no code', () => {
    const { records } = route('## T\n\n| Subcode | Message |\n|---|---|\n| 8523 | a |\n');
    expect(records[0]!.url).toBe('/demo/subcode/8523/');
  });

  test('adds a slug of the message when records share all their numbers', () => {
    const { records } = route(
      '## T\n\n| Code | Message |\n|---|---|\n| 400 | Play Failed |\n| 400 | Recognize Failed |\n',
    );
    expect(records.map((r) => r.url)).toEqual(['/demo/400/play-failed/', '/demo/400/recognize-failed/']);
  });

  test('reports a URL that two records would still share', () => {
    const body =
      '## A\n\n| Code | Message |\n|---|---|\n| 400 | Bad request |\n\n## B\n\n| Code | Message |\n|---|---|\n| 400 | Bad request |\n';
    expect(route(body).collisions.map((c) => c.url)).toEqual(['/demo/400/bad-request/']);
  });

  test('a table route segment keeps its records apart', () => {
    const body =
      '## A\n\n| Code | Message |\n|---|---|\n| 400 | Bad request |\n\n## B\n\n| Code | Message |\n|---|---|\n| 400 | Bad request |\n';
    const { area, errors } = parseBody(body, 'content/demo.md', 'tables:\n  b:\n    route: status\n');
    expect(errors).toEqual([]);
    expect(assignUrls(area!.records).records.map((r) => r.url)).toEqual(['/demo/400/', '/demo/status/400/']);
  });
});

describe('recordsByNumber', () => {
  test('lists a record under its code and under its subcode, once each', () => {
    const { records } = route('## T\n\n| Subcode | Code | Message |\n|---|---|---|\n| 0 | 0 | a |\n| 0 | 487 | b |\n');
    const index = recordsByNumber(records);
    expect([...index.keys()]).toEqual([0, 487]);
    expect(index.get(0)!.map((r) => r.message)).toEqual(['a', 'b']);
    expect(index.get(487)!.map((r) => r.message)).toEqual(['b']);
  });
});
