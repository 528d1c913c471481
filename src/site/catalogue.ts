import { getCollection, type CollectionEntry } from 'astro:content';
import { routeTable, type GuideRef } from '../routing/pages';
import type { AreaEntry } from '../schemas/area';
import type { AreaWord } from '../schemas/area-word';
import type { CategoryGuidance } from '../schemas/guidance';
import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import { correspondenceIndex } from '../records/correspondence';
import { recordsByNumber, relatedIndex, type Related } from './indexes';

/** How many related records a code page lists before it links to the number page. */
export const RELATED_LIMIT = 8;

export interface Site {
  records: CodeRecord[];
  areas: AreaEntry[];
  area: (slug: string) => AreaEntry;
  titleOf: (slug: string) => string;
  byNumber: Map<number, CodeRecord[]>;
  related: (record: CodeRecord) => Related;
  /** Records of other code spaces that stand for the same outcome (a SIP response, a Q.850 cause). */
  correspondents: (record: CodeRecord) => CodeRecord[];
  guides: CollectionEntry<'guides'>[];
  guideRefs: GuideRef[];
  categories: CategoryGuidance | null;
  sources: Map<string, Source>;
  routes: ReturnType<typeof routeTable>;
  /** Tables (`area#table`) whose source gives result categories: only their records say they have none. */
  categorized: Set<string>;
  /** Every result category a record carries, sorted: the search filter's options on every page. */
  resultCategories: string[];
  /** Words in pasted text that name an area: the lookup's context words. */
  areaWords: AreaWord[];
}

let site: Promise<Site> | undefined;

/** The collections and every index derived from them, computed once per build. */
export function getSite(): Promise<Site> {
  site ??= buildSite();
  return site;
}

async function buildSite(): Promise<Site> {
  const [codeEntries, areaEntries, guides, categoryEntries, redirectEntries, areaWordEntries] = await Promise.all([
    getCollection('codes'),
    getCollection('areas'),
    getCollection('guides'),
    getCollection('categories'),
    getCollection('redirects'),
    getCollection('areaWords'),
  ]);
  const redirects = redirectEntries.flatMap((e) => e.data.list);
  // The store keeps insertion order in a build; `order` makes it explicit.
  const records = codeEntries.map((e) => e.data).sort((a, b) => a.order - b.order);
  const areas = areaEntries
    .map((e) => e.data)
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
  const bySlug = new Map(areas.map((a) => [a.slug, a]));
  const byNumber = recordsByNumber(records);
  const guideRefs = guides.map((g) => ({
    id: g.id,
    lang: g.data.lang,
    slug: g.id.split('/').at(-1)!,
    translationKey: g.data.translationKey,
  }));
  const sources = new Map(areas.flatMap((a) => a.frontmatter.sources.map((s) => [s.id, s] as const)));
  return {
    records,
    areas,
    area: (slug) => bySlug.get(slug)!,
    titleOf: (slug) => bySlug.get(slug)?.frontmatter.title ?? slug,
    byNumber,
    related: relatedIndex(records, RELATED_LIMIT),
    correspondents: correspondenceIndex(records),
    guides,
    guideRefs,
    categories: categoryEntries[0]?.data ?? null,
    sources,
    routes: routeTable({ records, areas, byNumber, guides: guideRefs, redirects }),
    categorized: new Set(records.filter((r) => r.resultCategory).map((r) => `${r.area}#${r.tableSlug}`)),
    resultCategories: [...new Set(records.flatMap((r) => r.resultCategory ?? []))].sort(),
    areaWords: areaWordEntries.flatMap((e) => e.data.list),
  };
}
