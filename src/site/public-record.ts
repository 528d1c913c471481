import { z } from 'astro/zod';
import { publicRecordSchema, type PublicRecord } from '../schemas/public-record';
import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import { listedSources } from '../records/history';

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

/** RFC 4180 CSV; `source` lists the source titles separated by "; ". */
export function toCsv(records: PublicRecord[]): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const row = (r: PublicRecord) =>
    CSV_COLUMNS.map((c) => cell(c === 'source' ? r.source.map((s) => s.title).join('; ') : r[c])).join(',');
  return [CSV_COLUMNS.join(','), ...records.map(row)].join('\r\n') + '\r\n';
}
