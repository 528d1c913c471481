import type { AreaEntry } from '../schemas/area';
import type { CategoryGuidance, GeneralGuidance } from '../schemas/guidance';
import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import type { Intent } from './intents';
import { codeClass } from './label';

/** Whose words a piece is. */
export type Author =
  /** Microsoft's, from the source versions that list the row, oldest first (the text is the newest's). */
  | { kind: 'microsoft'; sources: Source[] }
  /** A standard's (an IETF registry, an ITU-T recommendation), from the area's source. */
  | { kind: 'standard'; sources: Source[] }
  /** This site's words about what official open-source clients or public reports show. */
  | { kind: 'observed'; sources: Source[] }
  /** This site's own words. */
  | { kind: 'site' };

/** One piece of what a page says: whose words it is, how far it reaches and what it tells the reader. */
export interface Piece {
  /** How far it reaches: this code (`source`, `site`, `usage`), its table, its result category or its class. */
  scope: 'source' | 'site' | 'usage' | 'table' | 'category' | 'class';
  /** The table, category or class (or exact code, `429`) a general piece is about. */
  about: string;
  author: Author;
  /** What the piece tells the reader, as the content declares it; `[]` for text that declares nothing (the sources'). */
  intents: Intent[];
  html: string;
  /** The same piece as text for a ticket (Markdown where the content is Markdown). */
  text: string;
}

/** What this module reads of a record. */
export type GuidedRecord = Pick<
  CodeRecord,
  | 'code'
  | 'codeSpace'
  | 'status'
  | 'listedIn'
  | 'resultCategory'
  | 'advice'
  | 'adviceHtml'
  | 'guidance'
  | 'guidanceHtml'
  | 'meaning'
  | 'meaningHtml'
  | 'table'
  | 'tableSlug'
>;

/** Class guidance key of a record: its class, or `subcode` for a record without a code. */
export const classKey = (record: Pick<CodeRecord, 'code'>) => codeClass(record.code) ?? 'subcode';

const site: Author = { kind: 'site' };
const listedSources = (record: GuidedRecord, area: AreaEntry) =>
  record.listedIn.flatMap((id) => area.frontmatter.sources.filter((s) => s.id === id));

/** Who wrote the record's message and advice: Microsoft, a standard, or (for observed codes) this site from evidence. */
export function sourceAuthor(record: GuidedRecord, area: AreaEntry): Author {
  const sources = listedSources(record, area);
  if (record.status === 'observed') return { kind: 'observed', sources };
  return record.codeSpace === 'acs' ? { kind: 'microsoft', sources } : { kind: 'standard', sources };
}

/** Who wrote the site's guidance for one code: this site, from evidence for an observed code. */
const siteAuthor = (record: GuidedRecord, area: AreaEntry): Author =>
  record.status === 'observed' ? { kind: 'observed', sources: listedSources(record, area) } : site;

const general = (scope: 'category' | 'class', about: string, g: GeneralGuidance): Piece => ({
  scope,
  about,
  author: site,
  intents: g.intents,
  html: g.html,
  text: g.text,
});

/** The area's general guidance under one key of its `classes`, or null. */
function areaGuidance(area: AreaEntry, key: string): GeneralGuidance | null {
  const declared = area.frontmatter.classes[key];
  const html = area.classesHtml[key];
  return declared && html !== undefined ? { ...declared, html } : null;
}

/**
 * The area's general guidance that applies to a record: the guidance for its exact code (`429`)
 * when the area has one; otherwise the guidance for its class (`4xx`, or `subcode` without a code),
 * but only for a record without a result category: the category is the source's own judgement of
 * the record, the class only the first digit of its number.
 */
function areaPiece(record: GuidedRecord, area: AreaEntry, hasCategory: boolean): Piece[] {
  const exact = record.code !== null && String(record.code) !== codeClass(record.code) ? String(record.code) : null;
  const exactGuidance = exact ? areaGuidance(area, exact) : null;
  if (exact && exactGuidance) return [general('class', exact, exactGuidance)];
  if (hasCategory) return [];
  const key = classKey(record);
  const guidance = areaGuidance(area, key);
  return guidance ? [general('class', key, guidance)] : [];
}

const categoryOf = (record: GuidedRecord, categories: CategoryGuidance | null) =>
  (record.resultCategory && categories?.[record.resultCategory]) || null;

/** What a code means: the source's message is the headline; these pieces come under it. */
export function meaningPieces(record: GuidedRecord, area: AreaEntry, categories: CategoryGuidance | null): Piece[] {
  const category = categoryOf(record, categories);
  const intro = area.tableIntros[record.tableSlug];
  return [
    ...(record.meaning
      ? [
          {
            scope: 'usage' as const,
            about: '',
            author: site,
            intents: [],
            html: record.meaningHtml,
            text: record.meaning,
          },
        ]
      : []),
    ...(category ? [general('category', record.resultCategory!, category.meaning)] : []),
    ...(intro
      ? [
          {
            scope: 'table' as const,
            about: record.table,
            // An observed table's introduction is this site's; a documented table's is its source's.
            author: sourceAuthor(record, area),
            intents: [],
            html: intro,
            text: '',
          },
        ]
      : []),
  ];
}

/**
 * What to do. The source's advice and this site's guidance for the code win: where either exists,
 * nothing general is shown. Otherwise the result category's guidance, and the area's guidance for
 * the exact code or (without a category) for the code's class. Whether these agree is checked over
 * the whole catalogue (`contradictionErrors`), from the intents the content declares.
 */
export function actionPieces(record: GuidedRecord, area: AreaEntry, categories: CategoryGuidance | null): Piece[] {
  const specific: Piece[] = [
    ...(record.advice
      ? [
          {
            scope: 'source' as const,
            about: '',
            author: sourceAuthor(record, area),
            intents: [],
            html: record.adviceHtml,
            text: record.advice,
          },
        ]
      : []),
    ...(record.guidance
      ? [
          {
            scope: 'site' as const,
            about: '',
            author: siteAuthor(record, area),
            intents: [],
            html: record.guidanceHtml,
            text: record.guidance,
          },
        ]
      : []),
  ];
  if (specific.length > 0) return specific;
  const category = categoryOf(record, categories);
  return [
    ...(category ? [general('category', record.resultCategory!, category.action)] : []),
    ...areaPiece(record, area, category !== null),
  ];
}

/** When the advice sends the reader to logs or to support, the page says what support will ask for. */
export function needsSupport(record: Pick<CodeRecord, 'message' | 'advice' | 'guidance'>): boolean {
  return /\blogs?\b|\bsupport\b/i.test(`${record.message} ${record.advice} ${record.guidance}`);
}
