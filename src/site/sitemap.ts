/** One URL of the sitemap: its absolute address, when it last changed, and the same page in other languages. */
export interface SitemapEntry {
  loc: string;
  /** `YYYY-MM-DD`: derived from the content (source dates, the commit), never from the clock. */
  lastmod: string;
  /** hreflang → absolute address, this page's own language and x-default included; empty for a page in one language. */
  alternates: Record<string, string>;
}

/** The sitemap protocol's limit of URLs per file; past it, /sitemap.xml becomes an index of numbered files. */
export const SITEMAP_LIMIT = 50_000;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function urlset(entries: SitemapEntry[]): string {
  const url = (e: SitemapEntry) =>
    [
      `  <url>\n    <loc>${escapeXml(e.loc)}</loc>\n    <lastmod>${e.lastmod}</lastmod>`,
      ...Object.entries(e.alternates).map(
        ([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`,
      ),
      '  </url>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries.map(url),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * The sitemap files: `sitemap.xml` alone up to `limit` URLs; beyond, `sitemap.xml` is an index of
 * `sitemap-1.xml`, `sitemap-2.xml`, … of at most `limit` URLs each. `absolute` turns a file name into its URL.
 */
export function sitemapFiles(
  entries: SitemapEntry[],
  absolute: (file: string) => string,
  limit = SITEMAP_LIMIT,
): Map<string, string> {
  if (entries.length <= limit) return new Map([['sitemap.xml', urlset(entries)]]);
  const parts: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) parts.push(entries.slice(i, i + limit));
  const newest = (part: SitemapEntry[]) => part.reduce((max, e) => (e.lastmod > max ? e.lastmod : max), '');
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map(
      (part, i) =>
        `  <sitemap>\n    <loc>${escapeXml(absolute(`sitemap-${i + 1}.xml`))}</loc>\n    <lastmod>${newest(part)}</lastmod>\n  </sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([['sitemap.xml', index], ...parts.map((part, i) => [`sitemap-${i + 1}.xml`, urlset(part)] as const)]);
}

/** What the sitemap needs to know of a page to date it and link its translations. */
export type SitemapPage =
  | { kind: 'fixed'; path: string }
  | { kind: 'records'; path: string; sourceIds: string[] }
  | {
      kind: 'guide';
      path: string;
      lastmod: string | null;
      /** The page in every language, itself included; `defaultLang`'s version is also x-default. */
      translations: { lang: string; path: string }[];
      defaultLang: string;
    };

/**
 * Entries for the pages: a page about records changed when the newest source listing them was
 * published; a guide when its file was last committed; every other page with the build's date.
 */
export function sitemapEntries(
  pages: SitemapPage[],
  sourceDates: Map<string, string | null>,
  buildDay: string,
  absolute: (path: string) => string,
): SitemapEntry[] {
  const newest = (ids: string[]) =>
    ids.reduce<string | null>((max, id) => {
      const date = sourceDates.get(id) ?? null;
      return date && (!max || date > max) ? date : max;
    }, null);
  return pages.map((page) => ({
    loc: absolute(page.path),
    lastmod:
      (page.kind === 'records' ? newest(page.sourceIds) : page.kind === 'guide' ? page.lastmod : null) ?? buildDay,
    alternates: page.kind === 'guide' && page.translations.length > 1 ? alternates(page, absolute) : {},
  }));
}

function alternates(page: Extract<SitemapPage, { kind: 'guide' }>, absolute: (path: string) => string) {
  const byLang = [...page.translations].sort((a, b) => a.lang.localeCompare(b.lang));
  const fallback = byLang.find((t) => t.lang === page.defaultLang);
  return Object.fromEntries([
    ...byLang.map((t) => [t.lang, absolute(t.path)]),
    ...(fallback ? [['x-default', absolute(fallback.path)]] : []),
  ]);
}
