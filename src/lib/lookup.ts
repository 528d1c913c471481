/** What the lookup needs of a record; the build writes these to `/lookup-index.json`. */
export interface IndexEntry {
  code: number | null;
  subcode: number | null;
  area: string;
  url: string;
  label: string;
  message: string;
  category: string | null;
}

export interface Query {
  /** A code and subcode named by their field (`"code": 487`, `ParticipantEndSubCode=560403`). */
  code: number | null;
  subcode: number | null;
  /** Every number in the text, in order, when no field names them. */
  numbers: number[];
  /** Areas whose API fields the text mentions (`ParticipantEndReason` → pstn). */
  areas: string[];
}

export interface Candidate {
  entry: IndexEntry;
  reason: string;
}

// Pasted logs can be huge; the numbers that matter are always near the start.
const MAX_SCAN = 20_000;
const CODE_FIELDS =
  /["']?\b(?:code|error_?code|status_?code|participant_?end_?reason|delivery_?status_?details)\b["']?\s*[:=]\s*["']?(\d{1,9})\b/gi;
const SUBCODE_FIELDS = /["']?\b(?:sub_?code|participant_?end_?sub_?code)\b["']?\s*[:=]\s*["']?(\d{1,9})\b/gi;

const firstMatch = (text: string, pattern: RegExp) => {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  return match ? Number(match[1]) : null;
};

/** Reads numbers from anything pasted: `487/10003`, JSON of an error or event, a log row. */
export function parseQuery(input: string, fieldAreas: Record<string, string[]>): Query {
  const text = input.slice(0, MAX_SCAN);
  const lower = text.toLowerCase();
  const areas = Object.entries(fieldAreas)
    .filter(([field]) => lower.includes(field.toLowerCase()))
    .flatMap(([, list]) => list);
  const numbers = [...text.matchAll(/\d{1,9}/g)].slice(0, 20).map((m) => Number(m[0]));
  return {
    code: firstMatch(text, CODE_FIELDS),
    subcode: firstMatch(text, SUBCODE_FIELDS),
    numbers,
    areas: [...new Set(areas)],
  };
}

/** Records that match the query, best first, each with the reason it matched. */
export function findCandidates(query: Query, entries: IndexEntry[]): Candidate[] {
  const inAreas = (list: Candidate[]) => {
    const narrowed = list.filter((c) => query.areas.includes(c.entry.area));
    return narrowed.length > 0 ? narrowed : list;
  };
  const named = query.code !== null || query.subcode !== null;
  const [a, b] = named ? [query.code, query.subcode] : query.numbers;
  if (named || (a !== undefined && b !== undefined)) {
    const matchPair = (code?: number | null, subcode?: number | null) =>
      entries.filter((e) => (code == null || e.code === code) && (subcode == null || e.subcode === subcode));
    // People paste "10003/487" as often as "487/10003".
    const pair = matchPair(a, b).length > 0 || named ? matchPair(a, b) : matchPair(b, a);
    const why = `code ${a ?? '–'} and subcode ${b ?? '–'}`;
    if (pair.length > 0) return inAreas(pair.map((entry) => ({ entry, reason: `matches ${why}` })));
  }
  const single = named ? [query.code, query.subcode].filter((n) => n !== null) : query.numbers.slice(0, 2);
  return inAreas(
    entries.flatMap((entry) => {
      const hits = single.flatMap((n) => [
        ...(entry.code === n ? [`code ${n}`] : []),
        ...(entry.subcode === n ? [`subcode ${n}`] : []),
      ]);
      return hits.length > 0 ? [{ entry, reason: `carries ${hits.join(' and ')}` }] : [];
    }),
  );
}

/** API field names from the areas' `appearsIn`, each pointing at the areas that use it. */
export function fieldAreas(areas: { slug: string; appearsIn: { field: string }[] }[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const area of areas) {
    for (const { field } of area.appearsIn) {
      if (/\s/.test(field)) continue;
      // `call.callEndReason` is pasted as `callEndReason`; `error.code`'s bare `code` would match anything.
      const last = field.split('.').at(-1)!;
      const names = /[a-z][A-Z]/.test(last) ? [field, last] : [field];
      for (const name of new Set(names)) map[name] = [...(map[name] ?? []), area.slug];
    }
  }
  return map;
}

/**
 * The exact-number index is split into shards by number, so a lookup downloads only the shards of
 * the numbers it holds: a few kilobytes whatever the size of the catalogue.
 */
export const SHARD_COUNT = 64;

export const shardOf = (n: number) => n % SHARD_COUNT;

/** Each entry goes into the shard of its code and the shard of its subcode. */
export function shardEntries(entries: IndexEntry[]): IndexEntry[][] {
  const shards: IndexEntry[][] = Array.from({ length: SHARD_COUNT }, () => []);
  for (const entry of entries) {
    for (const shard of new Set([entry.code, entry.subcode].filter((n) => n !== null).map(shardOf))) {
      shards[shard]!.push(entry);
    }
  }
  return shards;
}

/** The numbers whose shards a query needs. */
export function numbersOf(query: Query): number[] {
  return [...new Set([query.code, query.subcode, ...query.numbers.slice(0, 2)].filter((n) => n !== null))];
}
