import { SearchSources, type Filters, type Hit } from './search-sources';

const FULL_TEXT_RESULTS = 8;

type Strings = Record<'allAreas' | 'none' | 'loading' | 'unavailable' | 'count' | 'hint', string>;

/** The site search: exact number matches first, then Pagefind's full-text results, in a dialog. */
export class AcsSearch extends HTMLElement {
  #sources!: SearchSources;
  #strings!: Strings;
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #run = 0;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#sources = new SearchSources({
      pagefind: this.dataset.pagefind!,
      base: this.dataset.base!,
    });
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.#dialog.querySelector('input')!;
    const headerBox = this.querySelector<HTMLInputElement>('form input')!;
    headerBox.addEventListener('focus', () => this.open(headerBox.value));
    document.addEventListener('keydown', (event) => this.#shortcut(event));
    this.#input.addEventListener('input', () => void this.#search());
    this.#input.addEventListener('keydown', (event) => this.#keys(event));
    this.#dialog.addEventListener('click', (event) => event.target === this.#dialog && this.#dialog.close());
    this.querySelector('[data-close]')!.addEventListener('click', () => this.#dialog.close());
    for (const select of this.#selects()) {
      select.addEventListener('change', () => void this.#search());
    }
  }

  open(query = '') {
    if (!this.#dialog.open) this.#dialog.showModal();
    if (query) this.#input.value = query;
    this.#input.focus();
    if (this.#input.value) void this.#search();
  }

  #shortcut(event: KeyboardEvent) {
    const typing =
      event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      this.open();
    }
  }

  #keys(event: KeyboardEvent) {
    const links = [...this.#dialog.querySelectorAll<HTMLAnchorElement>('section:not([hidden]) a')];
    if (event.key === 'Enter' && links[0]) location.assign(links[0].href);
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
    const query = this.#input.value.trim();
    const filters: Filters = Object.fromEntries(this.#selects().map((s) => [s.dataset.filter!, s.value]));
    if (!query) return this.#render([], [], this.#strings.hint);
    const exact = /\d/.test(query) ? await this.#sources.exact(query, filters).catch(() => []) : [];
    if (run !== this.#run) return;
    this.#render(exact, [], this.#strings.loading);
    // Ask for as many more as there are exact matches, which the full-text list leaves out.
    const pending = await this.#sources
      .fullText(query, filters, FULL_TEXT_RESULTS + exact.length)
      .catch(() => undefined);
    if (run !== this.#run) return;
    if (pending === undefined) return this.#render(exact, [], this.#strings.unavailable);
    const seen = new Set(exact.map((h) => pathOf(h.url)));
    const shown: Hit[] = [];
    // Each result appears as soon as its excerpt arrives, in rank order.
    for (const next of pending) {
      const hit = await next.catch(() => null);
      if (run !== this.#run) return;
      if (!hit || seen.has(pathOf(hit.url))) continue;
      shown.push(hit);
      append(this.#dialog.querySelector('[data-fulltext]')!, hit);
      if (shown.length === FULL_TEXT_RESULTS) break;
    }
    const status =
      exact.length + shown.length === 0
        ? this.#strings.none
        : this.#strings.count.replace('{exact}', String(exact.length)).replace('{full}', String(shown.length));
    this.#dialog.querySelector('[data-status]')!.textContent = status;
  }

  #render(exact: Hit[], full: Hit[], status: string) {
    this.#dialog.querySelector('[data-status]')!.textContent = status;
    fill(this.#dialog.querySelector('[data-exact]')!, exact);
    fill(this.#dialog.querySelector('[data-fulltext]')!, full);
  }
}

const pathOf = (url: string) => new URL(url, location.href).pathname;

function append(section: HTMLElement, hit: Hit) {
  section.hidden = false;
  section.querySelector('ul')!.append(renderHit(hit));
}

function fill(section: HTMLElement, hits: Hit[]) {
  section.hidden = hits.length === 0;
  section.querySelector('ul')!.replaceChildren(...hits.map(renderHit));
}

function renderHit(hit: Hit): HTMLLIElement {
  const link = Object.assign(document.createElement('a'), { href: hit.url, className: 'search-result' });
  const title = Object.assign(document.createElement('span'), {
    textContent: hit.title,
    className: 'block font-mono font-semibold text-accent',
  });
  const text = Object.assign(document.createElement('span'), { className: 'block text-sm' });
  text.append(...(hit.excerpt ? excerptNodes(hit.text) : [hit.text]));
  link.append(title, text);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

/** Pagefind excerpts are HTML with <mark>; keep only the text and the marks. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  );
}
