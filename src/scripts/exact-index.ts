import { findCandidates, numbersOf, parseQuery, shardOf, type Candidate, type IndexEntry } from '../lib/lookup';

interface Meta {
  titles: Record<string, string>;
  fields: Record<string, string[]>;
}

/** The build's exact-number index, fetched shard by shard as queries need them. */
export class ExactIndex {
  #meta: Promise<Meta> | undefined;
  #shards = new Map<number, Promise<IndexEntry[]>>();

  constructor(private readonly base: string) {}

  titles(): Promise<Record<string, string>> {
    return this.#loadMeta().then((m) => m.titles);
  }

  /** Records matching the text, best first, each with the reason; parse errors never reach the page. */
  async candidates(text: string): Promise<{ candidates: Candidate[]; numbers: number }> {
    const query = parseQuery(text, (await this.#loadMeta()).fields);
    const numbers = numbersOf(query);
    const entries = (await Promise.all([...new Set(numbers.map(shardOf))].map((s) => this.#loadShard(s)))).flat();
    const unique = [...new Map(entries.map((e) => [e.url, e])).values()];
    return { candidates: findCandidates(query, unique), numbers: numbers.length };
  }

  #loadMeta() {
    this.#meta ??= fetchJson<Meta>(`${this.base}lookup/meta.json`);
    return this.#meta;
  }

  #loadShard(shard: number) {
    if (!this.#shards.has(shard)) this.#shards.set(shard, fetchJson<IndexEntry[]>(`${this.base}lookup/${shard}.json`));
    return this.#shards.get(shard)!;
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
