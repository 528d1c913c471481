import { ExactIndex } from './exact-index';

/** One line of the search results, whichever source found it. */
export interface Hit {
  url: string;
  title: string;
  /** Plain text, or Pagefind's excerpt with its <mark> tags. */
  text: string;
  excerpt: boolean;
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
  search(term: string, options: object): Promise<{ results: PagefindResult[] }>;
}

/** The two sources of results: the build's exact-number index and Pagefind's full-text index. */
export class SearchSources {
  #pagefind: Promise<Pagefind> | undefined;
  #exact: ExactIndex;

  constructor(private readonly urls: { pagefind: string; base: string }) {
    this.#exact = new ExactIndex(urls.base);
  }

  /** Records carrying exactly the numbers in the query; empty when the query has none. */
  async exact(query: string, filters: Filters): Promise<Hit[]> {
    const [{ candidates }, titles] = await Promise.all([this.#exact.candidates(query), this.#exact.titles()]);
    return candidates
      .map((c) => c.entry)
      .filter(
        (e) =>
          (!filters.area || titles[e.area] === filters.area) && (!filters.category || e.category === filters.category),
      )
      .map((e) => ({
        url: this.urls.base.replace(/\/$/, '') + e.url,
        title: `${titles[e.area]} ${e.label}`,
        text: e.message,
        excerpt: false,
      }));
  }

  /**
   * Pagefind's results in rank order, each still loading its excerpt, so the first can be shown
   * before the others arrive. No debounce: the caller drops answers to queries typed over.
   */
  async fullText(query: string, filters: Filters, limit = 8): Promise<Promise<Hit>[]> {
    const pagefind = await this.#load();
    const search = await pagefind.search(query, { filters: pickDefined(filters) });
    return search.results.slice(0, limit).map(async (result) => {
      const d = await result.data();
      return { url: d.url, title: d.meta['title'] ?? d.url, text: d.excerpt, excerpt: true };
    });
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ this.urls.pagefind).then(async (module: Pagefind) => {
      // On the main thread a search answers about 10 ms sooner than through Pagefind's worker,
      // and it blocks for less than a long task (about 35 ms at 20,000 pages).
      await module.options({ baseUrl: this.urls.base, excerptLength: 24, noWorker: true });
      return module;
    });
    return this.#pagefind;
  }
}

const pickDefined = (filters: Filters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
