import { numbersOf, shardOf, type IndexEntry } from '../matcher/entry';
import { MAX_PASTE, timedObserve, type TimedReading } from '../matcher/observe';
import { rank, type Match } from '../matcher/rank';
import type { Vocabulary } from '../matcher/vocabulary';

export interface Meta {
  titles: Record<string, string>;
  categories: string[];
  vocabulary: Vocabulary;
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
    const { vocabulary } = await this.meta();
    const { observations, truncated, readMs, inWorker } = await observeOffThread(text, vocabulary);
    // The bench reads this mark: how long the reader took, and whether it ran off the main thread.
    performance.mark('acs-read', { detail: { readMs, inWorker, chars: Math.min(text.length, MAX_PASTE) } });
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

// Short text is read at once; a worker's start-up would cost more than it saves.
const INLINE_LIMIT = 20_000;

type Reading = TimedReading & { inWorker: boolean };

/** Reads a long paste in a worker; where no worker can start, on the main thread after all. */
function observeOffThread(text: string, vocabulary: Vocabulary): Promise<Reading> {
  const inline = () => ({ ...timedObserve(text.slice(0, MAX_PASTE + 1), vocabulary), inWorker: false });
  if (text.length <= INLINE_LIMIT || typeof Worker === 'undefined') return Promise.resolve(inline());
  // One character past the limit is enough for the worker to say the paste was cut.
  const kept = text.slice(0, MAX_PASTE + 1);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./observe-worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: Reading) => (worker.terminate(), resolve(result));
    worker.addEventListener('message', (event: MessageEvent<TimedReading>) =>
      finish({ ...event.data, inWorker: true }),
    );
    worker.addEventListener('error', () => finish(inline()));
    worker.postMessage({ text: kept, vocabulary });
  });
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
