import GithubSlugger from 'github-slugger';
import type { ParsedRecord } from './parse-area';
import type { CodeRecord } from './schema';

/** Paths are permanent: they are built only from the area, the table's route segment and the numbers. */
function basePath(record: ParsedRecord): string[] {
  // A record without a code needs a word where the code would be, or /pstn/0/ could mean either.
  const numbers =
    record.code === null ? [record.route ?? 'subcode', record.subcode] : [record.route, record.code, record.subcode];
  return [record.area, ...numbers].filter((s) => s !== null).map(String);
}

/** A short slug of the message keeps apart records that share all their numbers (400 "Play Failed"). */
function discriminator(record: ParsedRecord): string {
  return new GithubSlugger().slug(
    record.message
      .split(/\s+/)
      .slice(0, 6)
      .join(' ')
      .replace(/[.,;:]$/, ''),
  );
}

export interface Routed {
  records: CodeRecord[];
  collisions: { url: string; records: ParsedRecord[] }[];
}

/** Gives every record its canonical URL and row anchor; reports the URLs that would still be shared. */
export function assignUrls(records: ParsedRecord[]): Routed {
  const groups = Map.groupBy(records, (r) => basePath(r).join('/'));
  const segmentsOf = new Map<ParsedRecord, string[]>();
  for (const group of groups.values()) {
    for (const r of group) segmentsOf.set(r, group.length > 1 ? [...basePath(r), discriminator(r)] : basePath(r));
  }
  const byUrl = Map.groupBy(records, (r) => toPath(segmentsOf.get(r)!));
  const collisions = [...byUrl].filter(([, g]) => g.length > 1).map(([url, g]) => ({ url, records: g }));
  const routed = records.map((r) => {
    const segments = segmentsOf.get(r)!;
    return { ...r, url: toPath(segments), anchor: segments.slice(1).join('-') };
  });
  return { records: routed, collisions };
}

const toPath = (segments: string[]) => `/${segments.join('/')}/`;

export const areaPath = (area: string) => `/${area}/`;
export const numberPath = (n: number) => `/${n}/`;
export const rowPath = (record: CodeRecord) => `${areaPath(record.area)}#${record.anchor}`;

/** Every number that appears as a code or a subcode, with the records that carry it. */
export function recordsByNumber(records: CodeRecord[]): Map<number, CodeRecord[]> {
  const index = new Map<number, CodeRecord[]>();
  for (const record of records) {
    for (const n of new Set([record.code, record.subcode])) {
      if (n !== null) index.set(n, [...(index.get(n) ?? []), record]);
    }
  }
  return new Map([...index].sort(([a], [b]) => a - b));
}

/**
 * Builds, once for all pages, the lookup of records worth a look from a record's page: the same
 * code in its area, then its numbers elsewhere. Indexed by number so that a build stays linear.
 */
export function relatedFinder(all: CodeRecord[]) {
  const byNumber = recordsByNumber(all);
  return (record: CodeRecord) => {
    const numbers = [record.code, record.subcode].filter((n) => n !== null);
    const carriers = [...new Set(numbers.flatMap((n) => byNumber.get(n) ?? []))].filter((r) => r.url !== record.url);
    const sameCode = carriers.filter((r) => r.area === record.area && record.code !== null && r.code === record.code);
    const elsewhere = carriers.filter((r) => !sameCode.includes(r));
    return { sameCode, elsewhere };
  };
}

/** Pages that exist once, outside the generated ones. */
export const FIXED_PAGES = ['/', '/codes/', '/lookup/'];

/** Every page of the site as a root-relative path: fixed pages, areas, records, numbers and `extra`. */
export function pagePaths(records: CodeRecord[], areaSlugs: string[], extra: string[] = []): string[] {
  return [
    ...FIXED_PAGES,
    ...areaSlugs.map(areaPath),
    ...records.map((r) => r.url),
    ...[...recordsByNumber(records).keys()].map(numberPath),
    ...extra,
  ];
}

/** The site's default language has no prefix; guides in other languages live under `/<lang>/`. */
export const DEFAULT_LANG = 'en';

export function guidePath(lang: string, slug: string): string {
  return lang === DEFAULT_LANG ? `/${slug}/` : `/${lang}/${slug}/`;
}
