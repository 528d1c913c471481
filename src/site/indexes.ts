import type { CodeRecord } from '../schemas/record';
import { pairKey } from '../records/label';

/** Every number that appears as a code or a subcode, ascending, with the records that carry it in order. */
export function recordsByNumber(records: CodeRecord[]): Map<number, CodeRecord[]> {
  const index = new Map<number, CodeRecord[]>();
  for (const record of records)
    for (const n of new Set([record.code, record.subcode]))
      if (n !== null) {
        const list = index.get(n);
        if (list) list.push(record);
        else index.set(n, [record]);
      }
  return new Map([...index].sort(([a], [b]) => a - b));
}

export interface Related {
  /** Other records of the same area with the same code. */
  sameCode: CodeRecord[];
  /** Records elsewhere that share the whole pair of numbers. */
  samePair: CodeRecord[];
  /** Whether either list was cut at the limit. */
  more: boolean;
}

/**
 * Related records from two indexes built once: by area and code, and by pair. A page asks for at
 * most `limit` of each, so the work per page is bounded whatever the size of the catalogue.
 */
export function relatedIndex(records: CodeRecord[], limit: number) {
  const byCode = Map.groupBy(records, (r) => `${r.area}:${r.code}`);
  const byPair = Map.groupBy(records, pairKey);
  const take = (list: CodeRecord[], self: CodeRecord) => {
    const others: CodeRecord[] = [];
    for (const r of list) {
      if (r !== self && r.url !== self.url) others.push(r);
      if (others.length > limit) break;
    }
    return others;
  };
  return (record: CodeRecord): Related => {
    const sameCode = record.code === null ? [] : take(byCode.get(`${record.area}:${record.code}`) ?? [], record);
    const samePair = take(byPair.get(pairKey(record)) ?? [], record).filter(
      (r) => r.area !== record.area || r.code !== record.code,
    );
    return {
      sameCode: sameCode.slice(0, limit),
      samePair: samePair.slice(0, limit),
      more: sameCode.length > limit || samePair.length > limit,
    };
  };
}
