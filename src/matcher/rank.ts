import type { IndexEntry } from './entry';
import type { Observation } from './observe';

/** How much of an observation a record matches, best first. */
export type Quality = 'whole' | 'subcode' | 'code' | 'other-space';

export interface Match {
  observation: Observation;
  /** Records that match the whole observation, best first. */
  whole: IndexEntry[];
  /** Records that match part of it, by quality, best first. */
  partial: { quality: Exclude<Quality, 'whole'>; entries: IndexEntry[] }[];
  /** The quality of the best record, or null when nothing matches. */
  best: Quality | null;
  /** A bare pair that matched only when read the other way round (`10003/487`). */
  reversed: boolean;
}

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

type Numbers = Pick<IndexEntry, 'code' | 'subcode'>;

/**
 * Whether a record matches all of an observation: a bare number as its code or subcode; a code
 * and subcode both; a code alone only a record without subcode; a subcode alone with any code.
 */
export function matchesWhole(o: Pick<Observation, 'code' | 'subcode' | 'either'>, e: Numbers): boolean {
  if (o.either !== null) return e.code === o.either || e.subcode === o.either;
  return (o.code === null || e.code === o.code) && e.subcode === o.subcode;
}

function tiers(o: Observation, entries: IndexEntry[]) {
  const same = entries.filter((e) => e.space === o.space);
  const order = sorter(o.hints);
  const pick = (test: (e: IndexEntry) => boolean, from = same) => from.filter(test).sort(order);
  const whole = (e: IndexEntry) => matchesWhole(o, e);
  if (o.either !== null)
    return {
      whole: pick(whole),
      subcode: [],
      code: [],
      other: pick(
        whole,
        entries.filter((e) => e.space !== o.space),
      ),
    };
  const codeFits = (e: IndexEntry) => o.code === null || e.code === o.code;
  const subFits = (e: IndexEntry) => e.subcode === o.subcode;
  return {
    whole: pick(whole),
    subcode: o.subcode === null || o.code === null ? [] : pick((e) => subFits(e) && !codeFits(e)),
    code: o.code === null ? [] : pick((e) => e.code === o.code && !subFits(e)),
    other: [],
  };
}

function finish(observation: Observation, t: ReturnType<typeof tiers>, reversed: boolean): Match {
  const partial = [
    { quality: 'subcode' as const, entries: t.subcode },
    { quality: 'code' as const, entries: t.code },
    { quality: 'other-space' as const, entries: t.other },
  ].filter((p) => p.entries.length > 0);
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
 * of it, or exactly one in the area its field names point to (`callEndReason` → Calling SDK). Its
 * page lists the records of other areas with the same numbers.
 */
export function recordToOpen(matches: Match[]): IndexEntry | null {
  if (matches.length !== 1) return null;
  const { whole, observation } = matches[0]!;
  if (whole.length === 1) return whole[0]!;
  const hinted = whole.filter((e) => observation.hints.includes(e.area));
  return hinted.length === 1 ? hinted[0]! : null;
}
