import { z } from 'astro/zod';
import { publicRecordSchema, type PublicRecord } from '../schemas/public-record';
import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import { listedSources } from '../records/history';
import { csvCell } from './csv';

export function toPublicRecord(record: CodeRecord, sources: Map<string, Source>): PublicRecord {
  return {
    area: record.area,
    codeSpace: record.codeSpace,
    status: record.status,
    table: record.table,
    code: record.code,
    subcode: record.subcode,
    message: record.message,
    resultCategory: record.resultCategory,
    advice: record.advice,
    url: record.url,
    source: listedSources(record, sources).map(({ title, url, date }) => ({ title, url, date })),
    ...(record.note ? { note: record.note } : {}),
    ...otherCells(record, sources),
  };
}

/** The rest of the row: each present only when the row has it. */
function otherCells(record: CodeRecord, sources: Map<string, Source>): Partial<PublicRecord> {
  const { acsSubcodes, sip, q850 } = record.corresponds;
  const source = (id: string) => {
    const { title, url, date } = sources.get(id)!;
    return { title, url, date };
  };
  return {
    ...(record.resultCategoryAsPublished ? { resultCategoryAsPublished: record.resultCategoryAsPublished } : {}),
    ...(record.meaning ? { meaning: record.meaning } : {}),
    ...(record.guidance ? { guidance: record.guidance } : {}),
    ...(record.evidence ? { evidence: record.evidence } : {}),
    ...(record.checked ? { checked: record.checked } : {}),
    ...(record.history.length > 0
      ? { earlierWordings: record.history.map((w) => ({ message: w.message, source: source(w.source) })) }
      : {}),
    ...(acsSubcodes.length + sip.length + q850.length > 0 ? { corresponds: record.corresponds } : {}),
    ...(record.extra.length > 0 ? { extra: Object.fromEntries(record.extra.map((e) => [e.label, e.text])) } : {}),
  };
}

/** The JSON Schema of `/codes.json`, generated from the zod schema so that the two cannot drift apart. */
export function codesJsonSchema(id: string) {
  return { $id: id, title: 'ACS error codes', ...z.toJSONSchema(z.array(publicRecordSchema)) };
}

const CSV_COLUMNS = [
  'area',
  'codeSpace',
  'status',
  'table',
  'code',
  'subcode',
  'message',
  'resultCategory',
  'advice',
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
