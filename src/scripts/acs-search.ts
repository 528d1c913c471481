import type { MatchStrings } from './match-view';
import { SearchResults } from './search-results';
import { IndexUnavailable, SearchSources, type Exact, type Filters } from './search-sources';

const FULL_TEXT_RESULTS = 8;
// The dialog acts on the start of a pasted novel only, and waits for a pause before long queries.
const MAX_QUERY = 500;
const LONG_QUERY = 64;
const DEBOUNCE_MS = 150;

type Strings = MatchStrings & Record<'none' | 'loading' | 'unavailable' | 'updating' | 'count' | 'hint', string>;

/** The site search: exact number matches first, then Pagefind's full-text results, in a dialog. */
export class AcsSearch extends HTMLElement {
  #sources!: SearchSources;
  #s!: Strings;
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #opener: HTMLElement | null = null;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #results!: SearchResults;

  connectedCallback() {
    this.#s = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#sources = new SearchSources({ pagefind: this.dataset.pagefind!, base: this.dataset.base! });
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.#dialog.querySelector('input')!;
    this.#results = new SearchResults(this.#dialog, this.dataset.base!, this.#s);
    const button = this.querySelector<HTMLButtonElement>('[data-open]')!;
    this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
    button.hidden = false;
    button.addEventListener('click', () => this.open());
    for (const event of ['focus', 'pointerenter'] as const)
      button.addEventListener(event, () => this.#sources.warm({ ahead: true }), { once: true });
    document.addEventListener('keydown', (event) => this.#shortcut(event));
    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('keydown', (event) => this.#keys(event));
    // Esc closes at once, even with text in the box (a search box would first clear itself).
    this.#dialog.addEventListener(
      'keydown',
      (event) => event.key === 'Escape' && (event.preventDefault(), this.close()),
    );
    this.#dialog.addEventListener('cancel', (event) => (event.preventDefault(), this.close()));
    this.#dialog.addEventListener('click', (event) => event.target === this.#dialog && this.close());
    this.querySelector('[data-close]')!.addEventListener('click', () => this.close());
    for (const select of this.#selects()) select.addEventListener('change', () => void this.#search());
  }

  open(query = '') {
    this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.#sources.warm({ ahead: false });
    if (!this.#dialog.open) this.#dialog.showModal();
    if (query) this.#input.value = query;
    this.#input.focus();
    if (this.#input.value) void this.#search();
  }

  close() {
    this.#dialog.close();
    this.#opener?.focus();
  }

  #shortcut(event: KeyboardEvent) {
    const typing =
      event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      this.open();
    }
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
    const query = this.#input.value.slice(0, MAX_QUERY).trim();
    const filters: Filters = Object.fromEntries(this.#selects().map((s) => [s.dataset.filter!, s.value]));
    const none: Exact = { matches: [], open: null, titles: {} };
    if (!query) return this.#results.show(this.#s.hint, none, []);
    const exact = /\d/.test(query) ? await this.#sources.exact(query, filters).catch(() => none) : none;
    if (run !== this.#run) return;
    this.#results.show(this.#s.loading, exact, []);
    let shown = 0;
    try {
      const pending = await this.#sources.fullText(query, filters, FULL_TEXT_RESULTS + 8);
      const seen = new Set(
        Array.from(this.#dialog.querySelectorAll<HTMLAnchorElement>('[data-exact] a'), (a) => a.pathname),
      );
      for (const next of pending) {
        const hit = await next;
        if (run !== this.#run) return;
        if (seen.has(new URL(hit.url, location.href).pathname)) continue;
        this.#results.append(hit);
        if (++shown === FULL_TEXT_RESULTS) break;
      }
    } catch (error) {
      if (run === this.#run)
        this.#results.say(error instanceof IndexUnavailable ? this.#s.updating : this.#s.unavailable);
      return;
    }
    if (run !== this.#run) return;
    const exactCount = exact.matches.reduce((n, m) => n + m.whole.length, 0);
    this.#results.say(
      exactCount + shown === 0 && exact.matches.every((m) => m.partial.length === 0)
        ? this.#s.none
        : this.#s.count.replace('{exact}', String(exactCount)).replace('{full}', String(shown)),
    );
  }
}
