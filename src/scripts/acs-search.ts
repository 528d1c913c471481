import type { IndexEntry } from '../matcher/entry';
import type { Match } from '../matcher/rank';
import { entryLink, groups, verdict, type MatchStrings } from './match-view';
import { IndexUnavailable, SearchSources, type Filters, type Hit } from './search-sources';
import { excerptNodes } from './excerpt';

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

  connectedCallback() {
    this.#s = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#sources = new SearchSources({ pagefind: this.dataset.pagefind!, base: this.dataset.base! });
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.#dialog.querySelector('input')!;
    const button = this.querySelector<HTMLButtonElement>('[data-open]')!;
    this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
    button.hidden = false;
    button.addEventListener('click', () => this.open());
    for (const event of ['focus', 'pointerenter'] as const)
      button.addEventListener(event, () => this.#sources.warm(), { once: true });
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
    this.#sources.warm();
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
    if (!query) return this.#status(this.#s.hint, { matches: [], open: null, titles: {} }, []);
    const none = { matches: [], open: null, titles: {} };
    const exact = /\d/.test(query) ? await this.#sources.exact(query, filters).catch(() => none) : none;
    if (run !== this.#run) return;
    this.#status(this.#s.loading, exact, []);
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
        this.#append(hit);
        if (++shown === FULL_TEXT_RESULTS) break;
      }
    } catch (error) {
      if (run === this.#run) this.#text(error instanceof IndexUnavailable ? this.#s.updating : this.#s.unavailable);
      return;
    }
    if (run !== this.#run) return;
    const exactCount = exact.matches.reduce((n, m) => n + m.whole.length, 0);
    this.#text(
      exactCount + shown === 0 && exact.matches.every((m) => m.partial.length === 0)
        ? this.#s.none
        : this.#s.count.replace('{exact}', String(exactCount)).replace('{full}', String(shown)),
    );
  }

  #status(
    text: string,
    { matches, open, titles }: { matches: Match[]; open: IndexEntry | null; titles: Record<string, string> },
    hits: Hit[],
  ) {
    this.#text(text);
    const exact = this.#dialog.querySelector<HTMLElement>('[data-exact]')!;
    const base = this.dataset.base!;
    const openUrl = open?.url ?? null;
    const items = matches.flatMap((m) =>
      groups(m, this.#s).flatMap((g) => [
        heading(g.title),
        ...g.entries.map((e) => item(entryLink(e, base, titles, this.#s))),
      ]),
    );
    const said = matches.map((m) => verdict(m, this.#s)).filter((v) => v !== null);
    exact.querySelector('[data-verdict]')!.textContent = said.join(' ');
    exact.querySelector('ul')!.replaceChildren(...items);
    exact.hidden = items.length === 0 && said.length === 0;
    for (const link of exact.querySelectorAll<HTMLAnchorElement>('a'))
      if (openUrl && link.pathname.endsWith(openUrl)) link.dataset.openRecord = '';
    const full = this.#dialog.querySelector<HTMLElement>('[data-fulltext]')!;
    full.querySelector('ul')!.replaceChildren(...hits.map(hitItem));
    full.hidden = hits.length === 0;
  }

  #append(hit: Hit) {
    const full = this.#dialog.querySelector<HTMLElement>('[data-fulltext]')!;
    full.hidden = false;
    full.querySelector('ul')!.append(hitItem(hit));
  }

  #text(text: string) {
    this.#dialog.querySelector('[data-status]')!.textContent = text;
  }
}

const item = (node: Node) => {
  const li = document.createElement('li');
  li.append(node);
  return li;
};
const heading = (text: string) =>
  Object.assign(document.createElement('li'), {
    textContent: text,
    className: 'mt-2 text-xs font-semibold text-muted',
  });

function hitItem(hit: Hit): HTMLLIElement {
  const link = Object.assign(document.createElement('a'), { href: hit.url, className: 'search-result' });
  const title = Object.assign(document.createElement('span'), {
    textContent: hit.title,
    className: 'block font-mono font-semibold text-accent',
  });
  const text = Object.assign(document.createElement('span'), { className: 'block text-sm' });
  text.append(...excerptNodes(hit.excerpt));
  link.append(title, text);
  return item(link) as HTMLLIElement;
}
