import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content';
import { pagePaths } from '../../src/lib/routes';
import { guidePaths } from './guide-paths';

const { records, areas } = await loadContent('content');
const live = new Set(
  pagePaths(
    records,
    areas.map((a) => a.slug),
    await guidePaths(),
  ),
);
const permalinks = (await readFile('tests/permalinks.txt', 'utf8')).split('\n').filter((l) => l.startsWith('/'));
const redirects: Record<string, string> = JSON.parse(await readFile('src/data/redirects.json', 'utf8'));

describe('published URLs', () => {
  test('the list holds every URL the site has published', () => {
    expect(permalinks.length).toBeGreaterThanOrEqual(570);
  });

  test('every published URL is still a page or redirects to one', () => {
    const broken = permalinks.filter((url) => !live.has(url) && !live.has(redirects[url] ?? ''));
    expect(broken, 'renamed URLs need an entry in src/data/redirects.json').toEqual([]);
  });

  test('no redirect shadows a live page', () => {
    expect(Object.keys(redirects).filter((from) => live.has(from))).toEqual([]);
  });

  test('every current page is in the list, so that it stays published', () => {
    const missing = [...live].filter((url) => !permalinks.includes(url));
    expect(missing, 'run `npm run build && npm run permalinks` to record new URLs').toEqual([]);
  });
});
