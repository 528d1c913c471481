import type { IndexEntry } from './entry';
import type { Observation } from './group';

/**
 * How much of an observation a record matches, best first: all of it; its subcode with another code;
 * its code with another subcode; its code, documented only as a subcode; the same number in another
 * code space (listed for a typed query only).
 */
export type Quality = 'whole' | 'subcode' | 'code' | 'as-subcode' | 'other-space';
export type PartialQuality = Exclude<Quality, 'whole'>;

export interface Match {
  observation: Observation;
  /** Records that match the whole observation, best first. */
  whole: IndexEntry[];
  /** Records that match part of it, by quality, best first. */
  partial: { quality: PartialQuality; entries: IndexEntry[] }[];
  /** The quality of the best record, or null when nothing matches. */
  best: Quality | null;
  /** A bare pair that matched only when read the other way round (`10003/487`). */
  reversed: boolean;
}

type Numbers = Pick<IndexEntry, 'code' | 'subcode'>;
type Tiers = Record<Quality, IndexEntry[]>;

/** Ranks records for one observation: the whole pair, then the subcode alone, then the code alone. */
export function rank(observation: Observation, entries: IndexEntry[]): Match {
  const direct = tiers(observation, entries);
  const { code, subcode } = observation;
  if (direct.whole.length === 0 && observation.fields.length === 0 && code !== null && subcode !== null) {
    const turned = tiers({ ...observation, code: subcode, subcode: code }, entries);
    if (turned.whole.length > 0) return finish(observation, turned, true);
  }
  return finish(observation, direct, false);
}

/**
 * Whether a record matches all of an observation: a bare number as its code or subcode; a code
 * and subcode both; a code alone only a record without subcode; a subcode alone with any code.
 */
export function matchesWhole(o: Pick<Observation, 'code' | 'subcode' | 'either'>, e: Numbers): boolean {
  if (o.either !== null) return e.code === o.either || e.subcode === o.either;
  return (o.code === null || e.code === o.code) && e.subcode === o.subcode;
}

function tiers(o: Observation, entries: IndexEntry[]): Tiers {
  const inSpace = (e: IndexEntry) => o.space === 'any' || e.space === o.space;
  const same = entries.filter(inSpace);
  const order = sorter(o.hints);
  const pick = (test: (e: IndexEntry) => boolean, from = same) => from.filter(test).sort(order);
  const number = o.either ?? o.code ?? o.subcode;
  const elsewhere = o.typed && o.space !== 'any' ? entries.filter((e) => !inSpace(e)) : [];
  const none: IndexEntry[] = [];
  const otherSpace = pick((e) => e.code === number || e.subcode === number, elsewhere);
  if (o.either !== null)
    return {
      whole: pick((e) => matchesWhole(o, e)),
      subcode: none,
      code: none,
      'as-subcode': none,
      'other-space': otherSpace,
    };
  const codeFits = (e: IndexEntry) => o.code === null || e.code === o.code;
  const subFits = (e: IndexEntry) => e.subcode === o.subcode;
  const codeAlone = o.code !== null && o.subcode === null;
  return {
    whole: pick((e) => matchesWhole(o, e)),
    subcode: o.subcode === null || o.code === null ? none : pick((e) => subFits(e) && !codeFits(e)),
    code: o.code === null ? none : pick((e) => e.code === o.code && !subFits(e)),
    // Call Automation's error bodies carry the subcode in a field called `code`.
    'as-subcode': codeAlone ? pick((e) => e.subcode === o.code && e.code !== o.code) : none,
    'other-space': otherSpace,
  };
}

const PARTIAL_ORDER: PartialQuality[] = ['subcode', 'code', 'as-subcode', 'other-space'];

function finish(observation: Observation, t: Tiers, reversed: boolean): Match {
  const partial = PARTIAL_ORDER.map((quality) => ({ quality, entries: t[quality] })).filter(
    (p) => p.entries.length > 0,
  );
  const best = t.whole.length > 0 ? 'whole' : (partial[0]?.quality ?? null);
  return { observation, whole: t.whole, partial, best, reversed };
}

/** Documented before observed, hinted areas first, then catalogue order. */
const sorter = (hints: string[]) => (a: IndexEntry, b: IndexEntry) =>
  Number(a.status === 'observed') - Number(b.status === 'observed') ||
  Number(!hints.includes(a.area)) - Number(!hints.includes(b.area)) ||
  a.order - b.order;

/**
 * The one record to open: only when the paste reports one code and exactly one record matches all
 * of it, or exactly one in the areas its field names and context words point to. A paste with
 * several codes, or with a code and subcode no single record holds, opens nothing.
 */
export function recordToOpen(matches: Match[]): IndexEntry | null {
  if (matches.length !== 1) return null;
  const { whole, observation } = matches[0]!;
  if (whole.length === 1) return whole[0]!;
  const hinted = whole.filter((e) => observation.hints.includes(e.area));
  return hinted.length === 1 ? hinted[0]! : null;
}

/** Every record a match lists, whole and partial: what the search dialog counts. */
export const listed = (match: Match) => match.whole.length + match.partial.reduce((n, p) => n + p.entries.length, 0);
