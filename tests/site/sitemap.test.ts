import { expect, test } from 'vitest';
import { BASE, readDist, records } from './helpers';

const sitemap = await readDist('sitemap.xml');
const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
const loc = (url: string) => /<loc>([^<]+)<\/loc>/.exec(url)![1]!;

test('the sitemap lists every record page once, under the base path, with a lastmod date', () => {
  const listed = new Set(urls.map((u) => new URL(loc(u)).pathname));
  expect(records.filter((r) => !listed.has(`${BASE}${r.url.slice(1)}`)).map((r) => r.url)).toEqual([]);
  expect(urls.filter((u) => !/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/.test(u)).map(loc)).toEqual([]);
  expect(listed.size).toBe(urls.length);
});

test('guides in several languages point at each other with hreflang', () => {
  const guides = urls.filter((u) => u.includes('hreflang'));
  expect(guides.length).toBeGreaterThan(1);
  for (const u of guides) {
    const langs = [...u.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)];
    expect(langs.map(([, lang]) => lang)).toContain('x-default');
    expect(langs.map(([, , href]) => href)).toContain(loc(u));
  }
});
