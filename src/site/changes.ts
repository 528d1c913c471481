import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';

export interface Rewording {
  record: CodeRecord;
  before: string;
  after: string;
}

/** What one source version changed: the codes it lists first, rewords, and no longer lists. */
export interface VersionChanges {
  source: Source;
  /** The next dated version, for an undated one: it was published before that. */
  before: Source | null;
  added: CodeRecord[];
  reworded: Rewording[];
  removed: CodeRecord[];
}

/**
 * Source versions oldest first. An undated version sorts just before the version that follows it,
 * the only thing known about its date.
 */
export function chronological(sources: Source[]): { source: Source; before: Source | null }[] {
  const successor = (s: Source) => sources.find((o) => o.follows === s.id) ?? null;
  const keyOf = (s: Source): string => s.date ?? `${successor(s) ? keyOf(successor(s)!) : '9999'}-`;
  return [...sources]
    .sort((a, b) => keyOf(a).localeCompare(keyOf(b)) || a.id.localeCompare(b.id))
    .map((source) => ({ source, before: source.date === null ? successor(source) : null }));
}

export function changesBySource(records: CodeRecord[], sources: Source[]): VersionChanges[] {
  const timeline = chronological(sources);
  const rank = new Map(timeline.map((t, i) => [t.source.id, i]));
  const firstListed = (r: CodeRecord) => [...r.listedIn].sort((a, b) => rank.get(a)! - rank.get(b)!)[0];
  return timeline.map(({ source, before }) => ({
    source,
    before,
    added: records.filter((r) => firstListed(r) === source.id),
    reworded: records.flatMap((r) => rewordingsIn(r, source.id, rank)),
    removed: source.follows ? records.filter((r) => r.listedIn.includes(source.follows!) && !r.listedIn.includes(source.id)) : [],
  }));
}

/** A wording printed by one version and changed by the next version that lists the record. */
function rewordingsIn(record: CodeRecord, sourceId: string, rank: Map<string, number>): Rewording[] {
  const listed = [...record.listedIn].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const wordings = [...record.history.map((h) => ({ source: h.source, message: h.message })), { source: listed.at(-1)!, message: record.message }];
  return wordings.slice(0, -1).flatMap((w, i) => {
    const next = listed[listed.indexOf(w.source) + 1];
    return next === sourceId ? [{ record, before: w.message, after: wordings[i + 1]!.message }] : [];
  });
}
