import type { CodeRecord } from '../schemas/record';
import { numbersLabel } from '../records/label';
import { shorten } from '../records/text';
import type { Space } from './fields';

/** What the exact lookup needs of a record; the build writes these into `/lookup/<shard>.json`. */
export interface IndexEntry {
  space: Space;
  status: CodeRecord['status'];
  area: string;
  table: string;
  code: number | null;
  subcode: number | null;
  url: string;
  label: string;
  message: string;
  category: string | null;
  order: number;
}

/** The one mapping from a record to its index entry, used by the build and by the tests. */
export function toIndexEntry(record: CodeRecord): IndexEntry {
  return {
    space: record.codeSpace,
    status: record.status,
    area: record.area,
    table: record.table,
    code: record.code,
    subcode: record.subcode,
    url: record.url,
    label: numbersLabel(record),
    message: shorten(record.message, 140),
    category: record.resultCategory,
    order: record.order,
  };
}

/**
 * The index is split into shards by number, so a lookup downloads only the shards of the numbers
 * it holds: a few kilobytes whatever the size of the catalogue.
 */
export const SHARD_COUNT = 64;
export const shardOf = (n: number) => n % SHARD_COUNT;

/** Each entry goes into the shard of its code and the shard of its subcode. */
export function shardEntries(entries: IndexEntry[]): IndexEntry[][] {
  const shards: IndexEntry[][] = Array.from({ length: SHARD_COUNT }, () => []);
  for (const entry of entries)
    for (const shard of new Set([entry.code, entry.subcode].filter((n) => n !== null).map(shardOf)))
      shards[shard]!.push(entry);
  return shards;
}

/** The numbers whose shards a set of observations needs. */
export const numbersOf = (observations: { code: number | null; subcode: number | null; either: number | null }[]) => [
  ...new Set(observations.flatMap((o) => [o.code, o.subcode, o.either]).filter((n) => n !== null)),
];
