import type { AreaEntry } from '../schemas/area';
import type { CategoryGuidance } from '../schemas/guidance';
import type { CodeRecord } from '../schemas/record';
import { codeClass } from './label';

/** One piece of what a page says; `scope` says whose words it is and how far it reaches. */
export interface Piece {
  scope: 'source' | 'site' | 'usage' | 'table' | 'category' | 'class';
  /** The table, category or class a general piece is about. */
  about: string;
  html: string;
  /** The same piece as text for a ticket (Markdown where the content is Markdown). */
  text: string;
}

/** Class guidance key of a record: its class, or `subcode` for a record without a code. */
export const classKey = (record: Pick<CodeRecord, 'code'>) => codeClass(record.code) ?? 'subcode';

/** What a code means: the source's message is the headline; these pieces come under it. */
export function meaningPieces(record: CodeRecord, area: AreaEntry, categories: CategoryGuidance | null): Piece[] {
  const category = record.resultCategory && categories?.[record.resultCategory];
  const intro = area.tableIntros[record.tableSlug];
  return [
    ...(record.meaning ? [{ scope: 'usage' as const, about: '', html: record.meaningHtml, text: record.meaning }] : []),
    ...(category
      ? [
          {
            scope: 'category' as const,
            about: record.resultCategory!,
            html: category.meaningHtml,
            text: category.meaning,
          },
        ]
      : []),
    ...(intro ? [{ scope: 'table' as const, about: record.table, html: intro, text: '' }] : []),
  ];
}

/** When the advice sends the reader to logs or to support, the page says what support will ask for. */
export function needsSupport(record: Pick<CodeRecord, 'message' | 'advice' | 'guidance'>): boolean {
  return /\blogs?\b|\bsupport\b/i.test(`${record.message} ${record.advice} ${record.guidance}`);
}

type Actionable = Pick<CodeRecord, 'advice' | 'adviceHtml' | 'guidance' | 'guidanceHtml' | 'resultCategory' | 'code'>;

/**
 * What to do: the source's advice and this site's words for the code; only where neither exists,
 * the general guidance of the record's category and code class.
 */
export function actionPieces(record: Actionable, area: AreaEntry, categories: CategoryGuidance | null): Piece[] {
  const specific: Piece[] = [
    ...(record.advice ? [{ scope: 'source' as const, about: '', html: record.adviceHtml, text: record.advice }] : []),
    ...(record.guidance
      ? [{ scope: 'site' as const, about: '', html: record.guidanceHtml, text: record.guidance }]
      : []),
  ];
  if (specific.length > 0) return specific;
  const category = record.resultCategory && categories?.[record.resultCategory];
  const key = classKey(record);
  const classHtml = area.classesHtml[key];
  return [
    ...(category
      ? [
          {
            scope: 'category' as const,
            about: record.resultCategory!,
            html: category.actionHtml,
            text: category.action,
          },
        ]
      : []),
    ...(classHtml
      ? [{ scope: 'class' as const, about: key, html: classHtml, text: area.frontmatter.classes[key]! }]
      : []),
  ];
}
