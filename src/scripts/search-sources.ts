import type { IndexEntry } from '../matcher/entry';
import { recordToOpen, type Match } from '../matcher/rank';
import { ExactIndex } from './exact-index';

/** One line of the full-text results. */
export interface Hit {
  url: string;
  title: string;
  /** Pagefind's excerpt, HTML with <mark>. */
  excerpt: string;
}

export interface Filters {
  area?: string;
  category?: string;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: object): Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind could not load part of its index: a deploy is probably still uploading it. */
export class IndexUnavailable extends Error {}

/**
 * Pagefind skips an index file it cannot load and answers "no results". During a deploy that is
 * still uploading, that would be a wrong answer: every fetch of its files is watched instead.
 */
function watchPagefindFetches(prefix: string): Set<string> {
  const failed = new Set<string>();
  const fetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const ours = new URL(url, location.href).pathname.startsWith(prefix);
    try {
      const response = await fetch(input, init);
      if (ours && !response.ok) failed.add(url);
      return response;
    } catch (error) {
      if (ours) failed.add(url);
      throw error;
    }
  };
  return failed;
}

// One letter matches a word of almost any page: this warm-up goes through ranking and one excerpt.
const PRACTICE_QUERY = 'a';
// A word no page has: loads one small index chunk and Pagefind's start-up code, and is over at once.
const NOTHING_QUERY = 'zzzqx';

/** Pagefind's answer to a query: how many pages match, and their excerpts, a page at a time. */
export interface FullText {
  total: number;
  page(start: number, count: number): Promise<Hit>[];
}

/** Exact matches of a query, with the one record Enter may open. */
export interface Exact {
  matches: Match[];
  open: IndexEntry | null;
  titles: Record<string, string>;
}

/** The two sources of results: the build's exact-number index and Pagefind's full-text index. */
export class SearchSources {
  #pagefind: Promise<Pagefind> | undefined;
  #warming = false;
  #failed: Set<string>;
  readonly exactIndex: ExactIndex;

  constructor(private readonly urls: { pagefind: string; base: string }) {
    this.exactIndex = new ExactIndex(urls.base);
    this.#failed = watchPagefindFetches(new URL(urls.pagefind, location.href).pathname.replace(/[^/]*$/, ''));
  }

  /**
   * Starts loading both indexes before the first query, so that it is answered as fast as later ones.
   * `ahead` says the reader is still on the way (pointer on the button): there is time to run a
   * practice search too. Opened by a shortcut, the query follows at once and must not queue behind one.
   */
  warm({ ahead }: { ahead: boolean }) {
    this.exactIndex.warm();
    if (this.#warming) return;
    this.#warming = true;
    // Pagefind compiles each part of its search code the first time it runs (a cold first query took twice a
    // warm one): a practice search that ranks results and loads one excerpt leaves the reader's first query
    // as fast as the next ones.
    this.#load()
      .then((pagefind) => pagefind.search(ahead ? PRACTICE_QUERY : NOTHING_QUERY, {}))
      .then((search) => (ahead ? search?.results[0]?.data() : undefined))
      .catch(() => (this.#warming = false));
  }

  /** The codes the query reports, each with its ranked records, and the one record Enter may open. */
  async exact(query: string, filters: Filters): Promise<Exact> {
    const titles = (await this.exactIndex.meta()).titles;
    const keep = (e: IndexEntry) =>
      (!filters.area || titles[e.area] === filters.area) && (!filters.category || e.category === filters.category);
    const { matches } = await this.exactIndex.match(query);
    const filtered = matches.map((m) => ({
      ...m,
      whole: m.whole.filter(keep),
      partial: m.partial.map((p) => ({ ...p, entries: p.entries.filter(keep) })).filter((p) => p.entries.length > 0),
    }));
    return { matches: filtered, open: recordToOpen(filtered), titles };
  }

  /**
   * Every Pagefind result, in rank order: the count is known at once, excerpts load page by page
   * (the first alone, so it shows without queueing behind the others). The caller drops answers to
   * queries typed over.
   */
  async fullText(query: string, filters: Filters): Promise<FullText> {
    const pagefind = await this.#load();
    this.#failed.clear();
    const search = await pagefind.search(query, { filters: pickDefined(filters) }).catch(() => null);
    if (!search || this.#failed.size > 0) throw new IndexUnavailable();
    const hit = async (result: PagefindResult): Promise<Hit> => {
      const d = await result.data().catch(() => null);
      if (!d || this.#failed.size > 0) throw new IndexUnavailable();
      return { url: d.url, title: d.meta['title'] ?? d.url, excerpt: d.excerpt };
    };
    const results = search.results;
    return {
      total: results.length,
      page(start, count) {
        const [top, ...rest] = results.slice(start, start + count);
        if (!top) return [];
        const first = hit(top);
        const settled = first.catch(() => undefined);
        return [first, ...rest.map((result) => settled.then(() => hit(result)))];
      },
    };
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ this.urls.pagefind).then(async (module: Pagefind) => {
      // On the main thread a search answers sooner than through Pagefind's worker.
      await module.options({ baseUrl: this.urls.base, excerptLength: 24, noWorker: true });
      await module.init();
      return module;
    });
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }
}

const pickDefined = (filters: Filters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
