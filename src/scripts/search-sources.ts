import { findCandidates, parseQuery, type IndexEntry } from '../lib/lookup';

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

interface LookupIndex {
  titles: Record<string, string>;
  fields: Record<string, string[]>;
  entries: IndexEntry[];
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(term: string, options: object, ms: number): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The two sources of results: the build's exact-number index and Pagefind's full-text index. */
export class SearchSources {
  #index: Promise<LookupIndex> | undefined;
  #pagefind: Promise<Pagefind> | undefined;

  constructor(private readonly urls: { index: string; pagefind: string; base: string }) {}

  /** Records carrying exactly the numbers in the query; empty when the query has none. */
  async exact(query: string, filters: Filters): Promise<Hit[]> {
    if (!/\d/.test(query)) return [];
    const index = await (this.#index ??= fetch(this.urls.index).then((r) => r.json() as Promise<LookupIndex>));
    return findCandidates(parseQuery(query, index.fields), index.entries)
      .map((c) => c.entry)
      .filter(
        (e) =>
          (!filters.area || index.titles[e.area] === filters.area) &&
          (!filters.category || e.category === filters.category),
      )
      .map((e) => ({
        url: this.urls.base.replace(/\/$/, '') + e.url,
        title: `${index.titles[e.area]} ${e.label}`,
        text: e.message,
        excerpt: false,
      }));
  }

  /** Pagefind's results, or null when a newer query superseded this one. */
  async fullText(query: string, filters: Filters, limit = 10): Promise<Hit[] | null> {
    const pagefind = await this.#load();
    const search = await pagefind.debouncedSearch(query, { filters: pickDefined(filters) }, 80);
    if (!search) return null;
    const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
    return data.map((d) => ({ url: d.url, title: d.meta['title'] ?? d.url, text: d.excerpt, excerpt: true }));
  }

  async filterValues(): Promise<Record<string, Record<string, number>>> {
    return (await this.#load()).filters();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ this.urls.pagefind).then(async (module: Pagefind) => {
      await module.options({ baseUrl: this.urls.base, excerptLength: 24 });
      return module;
    });
    return this.#pagefind;
  }
}

const pickDefined = (filters: Filters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
