import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';

/** The source versions that list a record, newest first. */
export function listedSources(record: Pick<CodeRecord, 'listedIn'>, sources: Map<string, Source>): Source[] {
  return record.listedIn.map((id) => sources.get(id)!).reverse();
}

/** The oldest dated version that lists the record: "documented since". Null if none is dated. */
export function documentedSince(record: Pick<CodeRecord, 'listedIn'>, sources: Map<string, Source>) {
  const dated = record.listedIn.map((id) => sources.get(id)!).filter((s) => s.date !== null);
  const first = dated.sort((a, b) => a.date!.localeCompare(b.date!))[0];
  return first ? { date: first.date!, title: first.title } : null;
}
