import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';

/** The source versions that list a record, newest first. */
export function listedSources(record: Pick<CodeRecord, 'listedIn'>, sources: Map<string, Source>): Source[] {
  return record.listedIn.map((id) => sources.get(id)!).reverse();
}

/** The oldest version that lists the record: "documented since", with the next dated version when it has no date. */
export function documentedSince(record: Pick<CodeRecord, 'listedIn'>, sources: Map<string, Source>) {
  const listed = new Set(record.listedIn);
  return chronological([...sources.values()]).find((t) => listed.has(t.source.id)) ?? null;
}
/**
 * Source versions oldest first. An undated version sorts just before the version that follows it,
 * the only thing known about its date.
 */
export function chronological(sources: Source[]): { source: Source; before: Source | null }[] {
  const successor = (s: Source) => sources.find((o) => o.follows === s.id) ?? null;
  const dateOf = (s: Source): string => s.date ?? (successor(s) ? dateOf(successor(s)!) : '9999-12-31');
  return [...sources]
    .sort(
      (a, b) =>
        dateOf(a).localeCompare(dateOf(b)) ||
        Number(a.date !== null) - Number(b.date !== null) ||
        a.id.localeCompare(b.id),
    )
    .map((source) => ({ source, before: source.date === null ? successor(source) : null }));
}
