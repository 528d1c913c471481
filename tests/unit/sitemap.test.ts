import { describe, expect, test } from 'vitest';
import { SITEMAP_LIMIT, sitemapEntries, sitemapFiles, type SitemapEntry } from '../../src/site/sitemap';

const absolute = (path: string) => `https://codes.example.org${path}`;
const synthetic = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    loc: absolute(`/p/${i}/`),
    lastmod: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
    alternates: {},
  }));
const count = (xml: string, tag: string) => xml.split(`<${tag}>`).length - 1;

describe('sitemapFiles', () => {
  test('writes one urlset while the site has at most 50,000 URLs', () => {
    const files = sitemapFiles(synthetic(SITEMAP_LIMIT), (f) => absolute(`/${f}`));
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(count(files.get('sitemap.xml')!, 'url')).toBe(SITEMAP_LIMIT);
  });

  test('past 50,000 URLs, sitemap.xml is an index of parts of at most 50,000 that together hold every URL', () => {
    const entries = synthetic(SITEMAP_LIMIT * 2 + 1);
    const files = sitemapFiles(entries, (f) => absolute(`/${f}`));
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex');
    expect(count(index, 'sitemap')).toBe(3);
    const parts = [...files].filter(([name]) => name !== 'sitemap.xml');
    expect(parts.map(([name]) => name)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    for (const [name] of parts) expect(index).toContain(`<loc>${absolute(`/${name}`)}</loc>`);
    expect(parts.map(([, xml]) => count(xml, 'url'))).toEqual([SITEMAP_LIMIT, SITEMAP_LIMIT, 1]);
  });

  test("an index entry's lastmod is the newest of its part", () => {
    const files = sitemapFiles(synthetic(30), (f) => absolute(`/${f}`), 10);
    expect(files.get('sitemap.xml')).toContain('<lastmod>2025-01-10</lastmod>');
  });
});

describe('sitemapEntries', () => {
  const dates = new Map<string, string | null>([
    ['old', '2023-11-24'],
    ['new', '2025-07-14'],
    ['undated', null],
  ]);

  test("dates a record page by the newest source that lists it, and other pages by the build's day", () => {
    const entries = sitemapEntries(
      [
        { kind: 'records', path: '/a/1/', sourceIds: ['old', 'new', 'undated'] },
        { kind: 'records', path: '/a/2/', sourceIds: ['undated'] },
        { kind: 'fixed', path: '/' },
      ],
      dates,
      '2026-12-06',
      absolute,
    );
    expect(entries.map((e) => e.lastmod)).toEqual(['2025-07-14', '2026-12-06', '2026-12-06']);
  });

  test('links a guide to its translations with hreflang, x-default being the default language', () => {
    const translations = [
      { lang: 'ru', path: '/ru/guide/' },
      { lang: 'en', path: '/guide/' },
    ];
    const [entry] = sitemapEntries(
      [{ kind: 'guide', path: '/ru/guide/', lastmod: '2026-11-26', translations, defaultLang: 'en' }],
      dates,
      '2026-12-06',
      absolute,
    );
    expect(entry).toEqual({
      loc: absolute('/ru/guide/'),
      lastmod: '2026-11-26',
      alternates: { en: absolute('/guide/'), ru: absolute('/ru/guide/'), 'x-default': absolute('/guide/') },
    });
  });
});
