import { getCollection } from 'astro:content';
import { pagePaths, recordsByNumber, relatedFinder } from './routes';
import type { GuideEntry } from './load-guides';
import type { AreaEntry, CodeRecord } from './schema';

let records: Promise<CodeRecord[]> | undefined;
let guides: Promise<GuideEntry[]> | undefined;
let related: Promise<ReturnType<typeof relatedFinder>> | undefined;
let areas: Promise<AreaEntry[]> | undefined;

/** All records in content order (areas by their `order`, rows as written). */
export async function allRecords(): Promise<CodeRecord[]> {
  records ??= Promise.all([getCollection('codes'), allAreas()]).then(([entries, areaList]) => {
    const rank = new Map(areaList.map((a, i) => [a.slug, i]));
    return entries
      .map((e) => e.data)
      .sort((a, b) => rank.get(a.area)! - rank.get(b.area)! || a.line - b.line || (a.code ?? 0) - (b.code ?? 0));
  });
  return records;
}

export async function allAreas(): Promise<AreaEntry[]> {
  areas ??= getCollection('areas').then((entries) =>
    entries.map((e) => e.data).sort((a, b) => a.frontmatter.order - b.frontmatter.order),
  );
  return areas;
}

/** Records related to one record, from an index built once per build. */
export async function relatedOf(record: CodeRecord) {
  related ??= allRecords().then(relatedFinder);
  return (await related)(record);
}

/** The values of the search filters (area titles, result categories), computed once per build. */
let searchFacets: Promise<{ areas: string[]; categories: string[] }> | undefined;
export function searchFilterValues() {
  searchFacets ??= Promise.all([allAreas(), allRecords()]).then(([areas, records]) => ({
    areas: areas.map((a) => a.frontmatter.title).sort(),
    categories: [...new Set(records.map((r) => r.resultCategory).filter((c) => c !== null))].sort(),
  }));
  return searchFacets;
}

export async function allGuides(): Promise<GuideEntry[]> {
  guides ??= getCollection('guides').then((entries) => entries.map((e) => e.data));
  return guides;
}

export type PageProps =
  | { kind: 'code'; record: CodeRecord }
  | { kind: 'area'; area: AreaEntry }
  | { kind: 'number'; number: number; records: CodeRecord[] }
  | { kind: 'guide'; guide: GuideEntry; translations: GuideEntry[] };

/** Every generated page under `/[...slug]/`: one per record, per area and per number. */
export async function sitePaths() {
  const [recordList, areaList, guideList] = await Promise.all([allRecords(), allAreas(), allGuides()]);
  const page = (slug: string, props: PageProps) => ({ params: { slug }, props });
  const translationsOf = (g: GuideEntry) => guideList.filter((o) => o.translationKey === g.translationKey && o !== g);
  return [
    ...recordList.map((record) => page(record.url.slice(1, -1), { kind: 'code', record })),
    ...areaList.map((area) => page(area.slug, { kind: 'area', area })),
    ...[...recordsByNumber(recordList)].map(([number, carriers]) =>
      page(String(number), { kind: 'number', number, records: carriers }),
    ),
    ...guideList.map((guide) =>
      page(guide.path.slice(1, -1), { kind: 'guide', guide, translations: translationsOf(guide) }),
    ),
  ];
}

export const areaTitle = (areaList: AreaEntry[], slug: string) =>
  areaList.find((a) => a.slug === slug)?.frontmatter.title ?? slug;

/** Every page of the site as a root-relative path, for the sitemap. */
export async function allPagePaths(): Promise<string[]> {
  const [records, areas, guideList] = await Promise.all([allRecords(), allAreas(), allGuides()]);
  return pagePaths(
    records,
    areas.map((a) => a.slug),
    guideList.map((g) => g.path),
  );
}
