import { getCollection } from 'astro:content';
import { recordsByNumber } from './routes';
import type { AreaEntry, CodeRecord } from './schema';

let records: Promise<CodeRecord[]> | undefined;
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

export type PageProps =
  | { kind: 'code'; record: CodeRecord }
  | { kind: 'area'; area: AreaEntry }
  | { kind: 'number'; number: number; records: CodeRecord[] };

/** Every generated page under `/[...slug]/`: one per record, per area and per number. */
export async function sitePaths() {
  const [recordList, areaList] = await Promise.all([allRecords(), allAreas()]);
  const page = (slug: string, props: PageProps) => ({ params: { slug }, props });
  return [
    ...recordList.map((record) => page(record.url.slice(1, -1), { kind: 'code', record })),
    ...areaList.map((area) => page(area.slug, { kind: 'area', area })),
    ...[...recordsByNumber(recordList)].map(([number, carriers]) =>
      page(String(number), { kind: 'number', number, records: carriers }),
    ),
  ];
}

export const areaTitle = (areaList: AreaEntry[], slug: string) =>
  areaList.find((a) => a.slug === slug)?.frontmatter.title ?? slug;
