import type { CodeRecord } from './schema';

/** The shape of `/codes.json`: what scripts and bots need, without rendering details. */
export function toPublicRecord(record: CodeRecord) {
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

export type PublicRecord = ReturnType<typeof toPublicRecord>;
