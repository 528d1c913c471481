import { z } from 'astro/zod';
import { RESULT_CATEGORIES, type CodeRecord, type ResultCategory } from './schema';

const categories = Object.keys(RESULT_CATEGORIES) as [ResultCategory, ...ResultCategory[]];

/** One record of `/codes.json` and `/codes.csv`: what scripts and bots need, without rendering details. */
export const publicRecordSchema = z
  .object({
    area: z.string().describe('Slug of the SDK area: calling, call-automation, pstn, chat, sms.'),
    table: z.string().describe('Title of the table the record comes from.'),
    code: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('The code (SIP-like status, ParticipantEndReason, SMS status); null if none.'),
    subcode: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('The subcode (subCode, ParticipantEndSubCode); null if none.'),
    message: z.string().min(1).describe('What the code means, as plain text; line breaks kept as \\n.'),
    resultCategory: z.enum(categories).nullable().describe('The result category; null when the source gives none.'),
    advice: z.string().describe('What to do about it, as plain text; empty when the source gives none.'),
    url: z.string().describe('Canonical path of the record page on this site, e.g. /calling/487/10003/.'),
    source: z
      .array(z.object({ title: z.string(), url: z.string(), date: z.string().nullable() }))
      .min(1)
      .describe('The articles the record comes from, wording source first; date is YYYY-MM-DD or null.'),
    note: z.string().optional().describe('A mistake or inconsistency in the sources, when there is one.'),
  })
  .describe('A documented Azure Communication Services code.');

export type PublicRecord = z.infer<typeof publicRecordSchema>;

export function toPublicRecord(record: CodeRecord): PublicRecord {
  return {
    area: record.area,
    table: record.table,
    code: record.code,
    subcode: record.subcode,
    message: record.message,
    resultCategory: record.resultCategory,
    advice: record.advice,
    url: record.url,
    source: record.sources.map(({ title, url, date }) => ({ title, url, date })),
    ...(record.note ? { note: record.note } : {}),
  };
}

/** The JSON Schema of `/codes.json`, generated from the zod schema so the two cannot drift apart. */
export function codesJsonSchema(id: string) {
  return {
    $id: id,
    title: 'ACS error codes',
    ...z.toJSONSchema(z.array(publicRecordSchema)),
  };
}

const CSV_COLUMNS = [
  'area',
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
