import type { CodeRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import { chronological } from '../records/history';

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
 * What each version of Microsoft's documentation changed. Observed codes come from clients and
 * reports, not from a documentation version, so they stay out.
 */
export function changesBySource(all: CodeRecord[], sources: Source[]): VersionChanges[] {
  const records = all.filter((r) => r.status === 'documented');
  const listed = new Set(records.flatMap((r) => r.listedIn));
  const timeline = chronological(sources.filter((s) => listed.has(s.id)));
  const rank = new Map(timeline.map((t, i) => [t.source.id, i]));
  const follows = new Map(sources.map((s) => [s.id, s.follows]));
  // The versions of one article are chained by `follows`; its first version names the chain.
  const articleOf = (id: string): string => (follows.get(id) ? articleOf(follows.get(id)!) : id);
  // A record can be listed by versions of several articles (a Teams page as its second source):
  // what a version added or reworded is judged among the versions of its own article.
  const listedBy = (r: CodeRecord, source: Source) =>
    r.listedIn.filter((id) => articleOf(id) === articleOf(source.id)).sort((a, b) => rank.get(a)! - rank.get(b)!);
  return timeline.map(({ source, before }) => ({
    source,
    before,
    added: records.filter((r) => listedBy(r, source)[0] === source.id),
    reworded: records.flatMap((r) => rewordingsIn(r, source.id, listedBy(r, source))),
    removed: source.follows
      ? records.filter((r) => r.listedIn.includes(source.follows!) && !r.listedIn.includes(source.id))
      : [],
  }));
}

/** A wording printed by one version and changed by the next version of the same article that lists the record. */
function rewordingsIn(record: CodeRecord, sourceId: string, listed: string[]): Rewording[] {
  if (listed.length === 0) return [];
  const wordings = [
    ...record.history.filter((h) => listed.includes(h.source)).map((h) => ({ source: h.source, message: h.message })),
    { source: listed.at(-1)!, message: record.message },
  ];
  return wordings.slice(0, -1).flatMap((w, i) => {
    const next = listed[listed.indexOf(w.source) + 1];
    return next === sourceId ? [{ record, before: w.message, after: wordings[i + 1]!.message }] : [];
  });
}
