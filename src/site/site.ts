import { routeTable, type GuideRef } from '../routing/pages';
import type { AreaEntry } from '../schemas/area';
import type { CategoryGuidance } from '../schemas/guidance';
import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import { correspondenceIndex } from '../records/correspondence';
import { recordsByNumber, relatedIndex, type Related } from './indexes';

/** How many related records a code page lists before it links to the number page. */
export const RELATED_LIMIT = 8;

/** What the site is built from, however it was read: Astro's collections, or `loadContent` in a test. */
export interface SiteInput {
  records: CodeRecord[];
  areas: AreaEntry[];
  guides: GuideRef[];
  categories: CategoryGuidance | null;
  redirects: { from: string; to: string; file: string; line: number }[];
}

export interface Site {
  records: CodeRecord[];
  areas: AreaEntry[];
  area: (slug: string) => AreaEntry;
  titleOf: (slug: string) => string;
  byNumber: Map<number, CodeRecord[]>;
  related: (record: CodeRecord) => Related;
  /** Records of other code spaces that stand for the same outcome (a SIP response, a Q.850 cause). */
  correspondents: (record: CodeRecord) => CodeRecord[];
  guideRefs: GuideRef[];
  categories: CategoryGuidance | null;
  sources: Map<string, Source>;
  routes: ReturnType<typeof routeTable>;
  /** Tables (`area#table`) whose source gives result categories: only their records say they have none. */
  categorized: Set<string>;
  /** Every result category a record carries, sorted: the search filter's options on every page. */
  resultCategories: string[];
}

/** Every index the pages need, computed once from the records and areas (kept in catalogue order). */
export function makeSite({ records, areas, guides, categories, redirects }: SiteInput): Site {
  const bySlug = new Map(areas.map((a) => [a.slug, a]));
  const byNumber = recordsByNumber(records);
  const sources = new Map(areas.flatMap((a) => a.frontmatter.sources.map((s) => [s.id, s] as const)));
  return {
    records,
    areas,
    area: (slug) => bySlug.get(slug)!,
    titleOf: (slug) => bySlug.get(slug)?.frontmatter.title ?? slug,
    byNumber,
    related: relatedIndex(records, RELATED_LIMIT),
    correspondents: correspondenceIndex(records),
    guideRefs: guides,
    categories,
    sources,
    routes: routeTable({ records, areas, byNumber, guides, redirects }),
    categorized: new Set(records.filter((r) => r.resultCategory).map((r) => `${r.area}#${r.tableSlug}`)),
    resultCategories: [...new Set(records.flatMap((r) => r.resultCategory ?? []))].sort(),
  };
}
