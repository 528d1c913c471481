import type { CodePage } from './code';

/**
 * Offline, a code page is rendered in the browser from its data, which travels in files of a few
 * dozen pages: one per area and bucket. The worker finds a page's file from its path alone, by the
 * same rule (`worker.js`, `shardOf`): the area, and the last number of the path modulo BUCKETS.
 */
export const BUCKETS = 8;

/** The file (`calling-3`) that holds the page at a site path, or null for a path that is no code page. */
export function offlineShard(path: string): string | null {
  const segments = path.split('/').filter(Boolean);
  const last = segments.filter((s) => /^\d+$/.test(s)).at(-1);
  if (segments.length < 2 || last === undefined) return null;
  // The last three digits decide a number modulo 8: no precision is lost on long numbers.
  return `${segments[0]}-${Number(last.slice(-3)) % BUCKETS}`;
}

/** One file of offline pages: their paths, then the pages with their repeated parts stored once. */
export interface OfflineShard {
  urls: string[];
  shared: unknown[];
  pages: unknown[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Ref = { $: number };
const isRef = (v: Json): v is Ref =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof v.$ === 'number';

/** Parts shorter than this (as JSON) are cheaper written out than referred to. */
const SHARED_OVER = 24;

/** Every part of a JSON value: the value, then its items or properties, depth first. */
function* parts(value: Json): Generator<Json> {
  yield value;
  if (Array.isArray(value)) for (const v of value) yield* parts(v);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) yield* parts(v);
}

/**
 * Packs pages for one file. The pages of an area repeat much (where its codes appear, its sources,
 * a table's introduction, a category's guidance, the same related records): every part that repeats
 * is written once in `shared` and referred to as `{"$": n}`.
 */
export function packPages(pages: CodePage[]): OfflineShard {
  const json = pages as unknown as Json[];
  const counts = new Map<string, number>();
  for (const part of parts(json)) {
    const key = JSON.stringify(part);
    if (key.length > SHARED_OVER) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shared: Json[] = [];
  const index = new Map<string, number>();
  const pack = (value: Json): Json => {
    const key = JSON.stringify(value);
    if ((counts.get(key) ?? 0) > 1) {
      if (!index.has(key)) index.set(key, shared.push(value) - 1);
      return { $: index.get(key)! };
    }
    if (Array.isArray(value)) return value.map(pack);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pack(v)]));
  };
  return { urls: pages.map((p) => p.url), pages: json.map(pack), shared };
}

export function unpackPages(shard: OfflineShard): CodePage[] {
  const unpack = (value: Json): Json => {
    if (isRef(value)) return shard.shared[value.$] as Json;
    if (Array.isArray(value)) return value.map(unpack);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpack(v)]));
  };
  return (shard.pages as Json[]).map(unpack) as unknown as CodePage[];
}
