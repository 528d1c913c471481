import GithubSlugger from 'github-slugger';
import type { ParsedRecord } from '../schemas/record';

/**
 * Every URL of the site is computed here, and only here. Paths are permanent: a record's path is
 * built from its area, its table's route segment and its numbers; records that share all of those
 * add a slug of their message.
 */
export const areaPath = (area: string) => `/${area}/`;
export const numberPath = (n: number) => `/${n}/`;
export const rowPath = (record: { area: string; anchor: string }) => `${areaPath(record.area)}#${record.anchor}`;
export const codesPath = (query = '') => (query ? `/codes/?q=${encodeURIComponent(query)}` : '/codes/');
export const lookupPath = (query = '') => (query ? `/lookup/?q=${encodeURIComponent(query)}` : '/lookup/');
export const FIXED_PAGES = ['/', '/codes/', '/lookup/', '/changes/'] as const;
/** Pages of their own that are not for readers: the 404 page's source and the offline code page. */
export const SHELL_PAGES = ['/not-found/', '/offline/'] as const;

/** The site's default language has no prefix; guides in other languages live under `/<lang>/`. */
export const DEFAULT_LANG = 'en';
export const guidePath = (lang: string, slug: string) => (lang === DEFAULT_LANG ? `/${slug}/` : `/${lang}/${slug}/`);

const toPath = (segments: string[]) => `/${segments.join('/')}/`;

type Numbers = Pick<ParsedRecord, 'area' | 'route' | 'code' | 'subcode'>;

function baseSegments(record: Numbers): string[] {
  // A record without a code needs a word where the code would be, or /pstn/0/ could mean either.
  const numbers =
    record.code === null ? [record.route ?? 'subcode', record.subcode] : [record.route, record.code, record.subcode];
  return [record.area, ...numbers].filter((s) => s !== null).map(String);
}

function messageSlug(message: string): string {
  const words = message
    .split(/\s+/)
    .slice(0, 6)
    .join(' ')
    .replace(/[.,;:]$/, '');
  return new GithubSlugger().slug(words);
}

export interface Routed<T> {
  records: (T & { url: string; anchor: string })[];
  /** URLs that several records would share, with those records. */
  collisions: { url: string; records: T[] }[];
}

/** Gives every record its canonical URL and row anchor. */
export function assignUrls<T extends Numbers & { message: string }>(records: T[]): Routed<T> {
  const groups = Map.groupBy(records, (r) => baseSegments(r).join('/'));
  const segmentsOf = new Map<T, string[]>();
  for (const group of groups.values())
    for (const r of group)
      segmentsOf.set(r, group.length > 1 ? [...baseSegments(r), messageSlug(r.message)] : baseSegments(r));
  const byUrl = Map.groupBy(records, (r) => toPath(segmentsOf.get(r)!));
  return {
    records: records.map((r) => {
      const segments = segmentsOf.get(r)!;
      return { ...r, url: toPath(segments), anchor: segments.slice(1).join('-') };
    }),
    collisions: [...byUrl].filter(([, g]) => g.length > 1).map(([url, g]) => ({ url, records: g })),
  };
}
