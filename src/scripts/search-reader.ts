import { exactCount, SearchResults, type ResultStrings } from './search-results';
import { fill } from './match-view';
import type { Meta } from './exact-index';
import { IndexUnavailable, SearchSources, type Exact, type Filters, type FullText } from './search-sources';
import { pageStrings } from './page-strings';
import { flattened } from './flatten';
import { MAX_QUERY } from './paste';

const FULL_TEXT_PAGE = 8;
// Full-text search waits for a pause before long queries.
const LONG_QUERY = 64;
const DEBOUNCE_MS = 150;

type Strings = ResultStrings &
  Record<'none' | 'loading' | 'unavailable' | 'updating' | 'count' | 'hint' | 'held', string>;

/** The reader of `<acs-search>`, once the strings of the page's language have loaded. */
export async function searchReader(element: HTMLElement): Promise<SearchReader> {
  return new SearchReader(element, (await pageStrings()).search);
}

/**
 * What the search dialog does once it is used: exact matches first (numbers, pairs, SDK names), then
 * Pagefind's full-text results. `<acs-search>` opens the dialog and loads this module on first use, so
 * pages that are read and never searched do not download it. A paste keeps its lines and tabs for the
 * exact matches, though the one-line box cannot show them.
 */
export class SearchReader {
  #sources: SearchSources;
  #s: Strings;
  #dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #results: SearchResults;
  /** The text as pasted, while the box shows it flattened; null once the reader types. */
  #held: string | null = null;

  constructor(element: HTMLElement, strings: Strings) {
    this.#s = strings;
    this.#sources = new SearchSources({ pagefind: element.dataset.pagefind!, base: element.dataset.base! });
    this.#dialog = element.querySelector('dialog')!;
    this.#input = this.#dialog.querySelector('input')!;
    this.#results = new SearchResults(this.#dialog, element.dataset.base!, this.#s);
    this.#input.addEventListener('input', () => (this.#hold(null), this.#schedule()));
    this.#input.addEventListener('keydown', (event) => this.#keys(event));
    for (const select of this.#selects()) select.addEventListener('change', () => void this.#search());
    void this.#sources.exactIndex.meta().then(
      (meta) => this.#fillFilters(meta),
      () => undefined,
    );
  }

  /** The filters' values, after the "all" option the page carries: area titles and result categories. */
  #fillFilters({ titles, categories }: Meta) {
    const values: Record<string, string[]> = { area: Object.values(titles).sort(), category: categories };
    for (const select of this.#selects())
      if (select.options.length === 1)
        select.append(...(values[select.dataset.filter!] ?? []).map((value) => new Option(value, value)));
  }

  /** Loads Pagefind's start-up files before a query; `ahead` (a pointer on the button) also runs a practice query. */
  warm(ahead: boolean) {
    this.#sources.warm({ ahead });
  }

  /** The dialog has opened: `query` replaces the box's text; anything typed before this module loaded is searched. */
  opened(query = '') {
    this.warm(false);
    if (query) this.#put(query);
    if (this.#input.value) void this.#search();
  }

  /** A paste the box cannot hold as it is (see `keepsAsPasted`): searched as pasted, shown flattened. */
  pasted(text: string) {
    this.#put(text);
    void this.#search();
  }

  #put(text: string) {
    this.#input.value = flattened(text, this.#input.maxLength > 0 ? this.#input.maxLength : Infinity);
    const asShown = text.length <= MAX_QUERY && flattened(text, Infinity) === text.trim();
    this.#hold(asShown ? null : text);
  }

  #hold(text: string | null) {
    this.#held = text;
    const lines = text === null ? 0 : countLines(text);
    this.#results.held(
      text === null
        ? null
        : fill(this.#s.held, { n: text.length.toLocaleString('en-US'), lines: lines!, max: MAX_QUERY }),
    );
  }

  #schedule() {
    clearTimeout(this.#timer);
    if (this.#input.value.length <= LONG_QUERY) void this.#search();
    else this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
  }

  /** Enter opens a record only when the query matches exactly one record whole; otherwise it moves to the results. */
  #keys(event: KeyboardEvent) {
    const links = [...this.#dialog.querySelectorAll<HTMLAnchorElement>('section:not([hidden]) a')];
    if (event.key === 'Enter') {
      event.preventDefault();
      const open = this.#dialog.querySelector<HTMLAnchorElement>('[data-open-record]');
      if (open) location.assign(open.href);
      else links[0]?.focus();
    }
    if (event.key === 'ArrowDown' && links[0]) {
      event.preventDefault();
      links[0].focus();
    }
  }

  #selects() {
    return [...this.#dialog.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  }

  async #search() {
    const run = ++this.#run;
    const pasted = (this.#held ?? this.#input.value).trim();
    const query = this.#input.value.slice(0, MAX_QUERY).trim();
    const filters: Filters = Object.fromEntries(this.#selects().map((s) => [s.dataset.filter!, s.value]));
    const none: Exact = { matches: [], open: null, titles: {} };
    if (!pasted) {
      this.#results.showExact(none);
      return this.#results.say(this.#s.hint);
    }
    const exact = await this.#sources.exact(pasted, filters).catch(() => none);
    if (run !== this.#run) return;
    this.#results.showExact(exact);
    this.#results.say(this.#s.loading);
    let full: FullText;
    try {
      full = await this.#sources.fullText(query, filters);
      if (run !== this.#run) return;
      await this.#page(full, 0, run);
    } catch (error) {
      if (run === this.#run)
        this.#results.say(error instanceof IndexUnavailable ? this.#s.updating : this.#s.unavailable);
      return;
    }
    if (run !== this.#run) return;
    const found = exactCount(exact);
    const said = exact.matches.length > 0 || found > 0 || full.total > 0;
    this.#results.say(
      said ? this.#s.count.replace('{exact}', String(found)).replace('{full}', String(full.total)) : this.#s.none,
    );
  }

  /** Shows one page of full-text results, then offers the next: every result is reachable, none is dropped. */
  async #page(full: FullText, start: number, run: number) {
    for (const pending of full.page(start, FULL_TEXT_PAGE)) {
      const hit = await pending;
      if (run !== this.#run) return;
      this.#results.appendHit(hit);
    }
    const shown = Math.min(full.total, start + FULL_TEXT_PAGE);
    this.#results.offerMore(full.total - shown, FULL_TEXT_PAGE, () => {
      void this.#page(full, shown, run).catch(() => this.#results.say(this.#s.updating));
    });
  }
}

/** Lines in a paste, counted without splitting it into a million strings. */
function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
