import type { CodeRecord } from '../../schemas/record';
import type { Source } from '../../schemas/source';
import { documentedSince, listedSources } from '../../records/history';

/**
 * One version of a source as a page lists it. Versions of one article share its title and address,
 * so each says when it was published, or between which dated versions an undated copy sits.
 */
export interface SourceVersion {
  id: string;
  title: string;
  url: string;
  date: string | null;
  /** For an undated version: the date of the version it followed, if known. */
  after: string | null;
  /** For an undated version: the date of the version that replaced it, if known. */
  before: string | null;
}

/** A source version with the dates around it, read from the `follows` chain. */
export function sourceVersion(source: Source, sources: Map<string, Source>): SourceVersion {
  const successor = [...sources.values()].find((s) => s.follows === source.id) ?? null;
  const predecessor = source.follows ? (sources.get(source.follows) ?? null) : null;
  return {
    id: source.id,
    title: source.title,
    url: source.url,
    date: source.date,
    after: source.date ? null : (predecessor?.date ?? null),
    before: source.date ? null : (successor?.date ?? null),
  };
}

/** The versions that list the record, newest first. */
export const recordSources = (record: Pick<CodeRecord, 'listedIn'>, sources: Map<string, Source>) =>
  listedSources(record, sources).map((s) => sourceVersion(s, sources));

/** The oldest version that lists the record, and the newer version of the same article that dropped it. */
export function documentedSpan(record: Pick<CodeRecord, 'listedIn'>, sources: Map<string, Source>) {
  const first = documentedSince(record, sources);
  const newest = listedSources(record, sources)[0];
  const dropper = newest && [...sources.values()].find((s) => s.follows === newest.id);
  return {
    since: first ? sourceVersion(first.source, sources) : null,
    droppedBy: dropper ? sourceVersion(dropper, sources) : null,
  };
}
