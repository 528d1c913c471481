import { z } from 'astro/zod';
import {
  codesFileSchema,
  SCHEMA_VERSION,
  type CodesFile,
  type PublicGuidance,
  type PublicRecord,
  type PublicSource,
} from '../schemas/public-record';
import type { AreaEntry } from '../schemas/area';
import type { CategoryGuidance } from '../schemas/guidance';
import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import { actionPieces, meaningPieces, type Piece } from '../records/guidance';
import { chronological, listedSources } from '../records/history';
import { csvCell } from './csv';
import { CONTENT_ATTRIBUTION, LICENSE_NOTICE, MIT, publicSource } from './licence';

/** What a public record is made from: the catalogue's areas, sources and general guidance, and the site's address. */
export interface PublicContext {
  sources: Map<string, Source>;
  area: (slug: string) => AreaEntry;
  categories: CategoryGuidance | null;
  /** The absolute URL of a site path (base path included). */
  absolute: (path: string) => string;
}

/** Text of a rendered piece that has no text form (a table's introduction): tags dropped, entities decoded. */
const plainText = (html: string) =>
  html
    .replace(/<\/(p|li)>\s*/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** Site links in rendered HTML already carry the base path; a reader of the JSON needs them absolute. */
const absoluteLinks = (html: string, absolute: (path: string) => string) =>
  html.replace(/href="(\/[^"]*)"/g, (_, path: string) => `href="${new URL(path, absolute('/')).href}"`);

/**
 * Who said a piece, as the guidance rules decide it (`Piece.author`); Microsoft's and a standard's
 * words cite the newest version listing the record. An observed table's introduction is this site's.
 */
function authorOf(piece: Piece, newest: PublicSource): Pick<PublicGuidance, 'author' | 'source'> {
  const { kind } = piece.author;
  if (kind === 'microsoft' || kind === 'standard') return { author: kind, source: newest.id };
  if (kind === 'observed' && piece.scope !== 'table') return { author: 'observed', source: null };
  return { author: 'site', source: null };
}

export function toPublicRecord(record: CodeRecord, context: PublicContext): PublicRecord {
  const { sources, area, categories, absolute } = context;
  const listed = listedSources(record, sources).map(publicSource);
  const guidance = (kind: PublicGuidance['kind'], pieces: Piece[]): PublicGuidance[] =>
    pieces.map((piece) => ({
      kind,
      ...authorOf(piece, listed[0]!),
      scope: piece.scope,
      about: piece.about,
      text: piece.text || plainText(piece.html),
      html: absoluteLinks(piece.html, absolute),
    }));
  return {
    id: record.url.replace(/^\/|\/$/g, ''),
    href: absolute(record.url),
    url: record.url,
    area: record.area,
    codeSpace: record.codeSpace,
    status: record.status,
    table: record.table,
    code: record.code,
    subcode: record.subcode,
    message: record.message,
    resultCategory: record.resultCategory,
    advice: record.advice,
    guidance: [
      ...guidance('meaning', meaningPieces(record, area(record.area), categories)),
      ...guidance('action', actionPieces(record, area(record.area), categories)),
    ],
    links: record.links.map(({ text, href }) => ({ text, href })),
    evidence: record.evidenceHtml
      ? { text: record.evidence, html: absoluteLinks(record.evidenceHtml, absolute), checked: record.checked }
      : null,
    history: {
      listedIn: record.listedIn,
      earlierWordings: record.history.map(({ source, message }) => ({ source, message })),
    },
    source: listed,
    ...(record.note ? { note: record.note } : {}),
    ...otherCells(record, absolute),
  };
}

/**
 * The rest of the row, each present only when the row has it: the other cells (meaning, guidance,
 * evidence, earlier wordings) are already in `guidance`, `evidence` and `history`.
 */
function otherCells(record: CodeRecord, absolute: (path: string) => string): Partial<PublicRecord> {
  const { acsSubcodes, sip, q850 } = record.corresponds;
  return {
    ...(record.resultCategoryAsPublished ? { resultCategoryAsPublished: record.resultCategoryAsPublished } : {}),
    ...(acsSubcodes.length + sip.length + q850.length > 0 ? { corresponds: record.corresponds } : {}),
    ...(record.extra.length > 0
      ? {
          extra: Object.fromEntries(
            record.extra.map((e) => [e.label, { text: e.text, html: absoluteLinks(e.html, absolute) }]),
          ),
        }
      : {}),
  };
}

/** The newest date any source carries: what an export without git history dates itself by. */
export const newestSourceDate = (sources: Iterable<Source>) =>
  [...sources].reduce<string | null>((newest, s) => (s.date && (!newest || s.date > newest) ? s.date : newest), null);

/** The whole `/codes.json`. */
export function codesFile(records: CodeRecord[], context: PublicContext, generated: string): CodesFile {
  const all = chronological([...context.sources.values()]).map(({ source }) => publicSource(source));
  const licensed = all.filter((s) => s.license);
  return {
    $schema: context.absolute('/codes.schema.json'),
    schemaVersion: SCHEMA_VERSION,
    generated,
    license: {
      code: MIT,
      content: licensed.length
        ? [{ license: licensed[0]!.license!, attribution: CONTENT_ATTRIBUTION, sources: licensed.map((s) => s.id) }]
        : [],
      notice: LICENSE_NOTICE,
    },
    sources: all,
    records: records.map((r) => toPublicRecord(r, context)),
  };
}

/** The JSON Schema of `/codes.json`, generated from the zod schema so that the two cannot drift apart. */
export function codesJsonSchema(id?: string) {
  const schema = z.toJSONSchema(codesFileSchema);
  return {
    $schema: schema.$schema,
    ...(id ? { $id: id } : {}),
    title: `ACS error codes, format ${SCHEMA_VERSION}`,
    ...schema,
  };
}

const CSV_COLUMNS = [
  'id',
  'area',
  'codeSpace',
  'status',
  'table',
  'code',
  'subcode',
  'message',
  'resultCategory',
  'advice',
  'href',
  'url',
  'source',
  'note',
] as const;

/** RFC 4180 CSV, safe to open in a spreadsheet (`csvCell`); `source` lists the source titles separated by "; ". */
export function toCsv(records: PublicRecord[]): string {
  const cell = csvCell;
  const row = (r: PublicRecord) =>
    CSV_COLUMNS.map((c) => cell(c === 'source' ? r.source.map((s) => s.title).join('; ') : r[c])).join(',');
  return [CSV_COLUMNS.join(','), ...records.map(row)].join('\r\n') + '\r\n';
}
