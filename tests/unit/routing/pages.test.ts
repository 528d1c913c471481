import { describe, expect, test } from 'vitest';
import { pagePaths, redirectProblem, routeTable, type RouteInput } from '../../../src/routing/pages';
import { recordsByNumber } from '../../../src/site/indexes';
import { record } from '../matcher/entries';
import type { AreaEntry } from '../../../src/schemas/area';

const records = [record('demo', 487, 10003, 'Canceled.'), record('demo', 487, null, 'Canceled.')];
const area = { slug: 'demo' } as AreaEntry;
const input = (redirects: RouteInput['redirects'] = []): RouteInput => ({
  records,
  areas: [area],
  byNumber: recordsByNumber(records),
  guides: [
    { id: 'en/help', lang: 'en', slug: 'help', translationKey: 'help' },
    { id: 'ru/help', lang: 'ru', slug: 'help', translationKey: 'help' },
  ],
  redirects,
});

describe('the route table', () => {
  test('refuses an area whose page a page of the site itself would hide', () => {
    for (const slug of ['codes', 'offline'])
      expect(() => routeTable({ ...input(), areas: [area, { slug } as AreaEntry] })).toThrow(
        `/${slug}/ is a page of the site itself`,
      );
  });

  test('has a page per record, area, number and guide', () => {
    expect(routeTable(input()).map((p) => [p.path, p.props.kind])).toEqual([
      ['/demo/487/10003/', 'code'],
      ['/demo/487/', 'code'],
      ['/demo/', 'area'],
      ['/487/', 'number'],
      ['/10003/', 'redirect'],
      ['/help/', 'guide'],
      ['/ru/help/', 'guide'],
    ]);
  });

  test('a number one record carries redirects to that record, and stays out of the sitemap', () => {
    const table = routeTable(input());
    expect(table.find((p) => p.path === '/10003/')!.props).toEqual({ kind: 'redirect', to: '/demo/487/10003/' });
    expect(pagePaths(table)).not.toContain('/10003/');
  });

  test('links each guide to its translations', () => {
    const english = routeTable(input()).find((p) => p.path === '/help/')!.props;
    expect(english.kind === 'guide' && english.translations.map((g) => g.lang)).toEqual(['ru']);
  });

  test('adds a redirect page for an old path', () => {
    const table = routeTable(
      input([{ from: '/demo/487/canceled/', to: '/demo/487/10003/', file: 'content/shared/redirects.md', line: 3 }]),
    );
    expect(table.at(-1)).toEqual({ path: '/demo/487/canceled/', props: { kind: 'redirect', to: '/demo/487/10003/' } });
    expect(pagePaths(table)).not.toContain('/demo/487/canceled/');
  });

  test('refuses a redirect to another host, naming file and line', () => {
    expect(() =>
      routeTable(input([{ from: '/old/', to: 'https://evil.example/', file: 'content/shared/redirects.md', line: 3 }])),
    ).toThrow(
      'content/shared/redirects.md:3: redirect /old/ → https://evil.example/: the target must be a path of this site ("/…/"), never another host',
    );
  });
});

describe('redirectProblem', () => {
  const live = new Set(['/demo/487/10003/']);
  test.each([
    ['/gone/', '/demo/487/10003/', null],
    ['/gone/', '//evil.example/x/', 'the target must be a path of this site ("/…/"), never another host'],
    ['/gone/', 'javascript:alert(1)', 'the target must be a path of this site ("/…/"), never another host'],
    ['/gone/', '/missing/', 'no page lives at the target'],
    ['/demo/487/10003/', '/demo/487/10003/', 'a page still lives at the old path; remove the redirect'],
    ['gone', '/demo/487/10003/', 'the old path must be a lowercase site path ending in "/"'],
  ])('%s → %s', (from, to, problem) => {
    expect(redirectProblem(from, to, live)).toBe(problem);
  });
});
