import { numbersOf, shardOf, type IndexEntry } from '../matcher/entry';
import { observe } from '../matcher/observe';
import { rank, type Match } from '../matcher/rank';

export interface Meta {
  titles: Record<string, string>;
  fields: Record<string, string[]>;
}

/** The build's exact-number index, fetched shard by shard as pastes need them. */
export class ExactIndex {
  #meta: Promise<Meta> | undefined;
  #shards = new Map<number, Promise<IndexEntry[]>>();

  constructor(private readonly base: string) {}

  meta(): Promise<Meta> {
    this.#meta ??= fetchJson<Meta>(`${this.base}lookup/meta.json`);
    return this.#meta;
  }

  /** Starts loading early (the search button got focus), so the first answer does not wait. */
  warm() {
    void this.meta().catch(() => undefined);
  }

  /** Every code the text reports, each with the records that match it, in paste order. */
  async match(text: string): Promise<{ matches: Match[]; truncated: boolean }> {
    const { fields } = await this.meta();
    const { observations, truncated } = observe(text, fields);
    const shards = [...new Set(numbersOf(observations).map(shardOf))];
    const entries = (await Promise.all(shards.map((s) => this.#shard(s)))).flat();
    const unique = [...new Map(entries.map((e) => [e.url, e])).values()];
    return { matches: observations.map((o) => rank(o, unique)), truncated };
  }

  #shard(shard: number) {
    if (!this.#shards.has(shard)) {
      const pending = fetchJson<IndexEntry[]>(`${this.base}lookup/${shard}.json`);
      // A failed shard is fetched again next time, not remembered as a failure.
      pending.catch(() => this.#shards.delete(shard));
      this.#shards.set(shard, pending);
    }
    return this.#shards.get(shard)!;
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
