import { FILTER_KEYS, matches, readRows, termsOf, type FilterState, type Row } from './table-rows';
import { TableView } from './table-view';

type Strings = Record<'count' | 'showAll', string>;

const MAX_URL_VALUE = 500;

/** Filters and sorts the server-rendered tables inside it; the state lives in the query string. */
export class AcsTableFilter extends HTMLElement {
  #rows: Row[] = [];
  #views: TableView[] = [];
  #form!: HTMLFormElement;
  #strings!: Strings;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#form = this.querySelector('form')!;
    this.#rows = readRows(this);
    this.#form.hidden = false;
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('input', (event) => this.#changed(event.target instanceof HTMLSelectElement));
    this.#form.addEventListener('reset', () => queueMicrotask(() => this.#changed(true)));
    window.addEventListener('popstate', () => this.#restore());
    for (const table of this.querySelectorAll('table')) {
      const view = new TableView(table, this.#rows, this.#strings.showAll);
      this.#views.push(view);
      this.#makeSortable(table, view);
    }
    this.#restore();
    void Promise.all(this.#views.map((v) => v.settle())).then(() => this.setAttribute('data-ready', ''));
  }

  /** Typing replaces the history entry; choosing from a list adds one, so Back undoes it. */
  #changed(addToHistory: boolean) {
    const state = this.#state();
    this.#apply(state);
    const params = new URLSearchParams(location.search);
    for (const key of FILTER_KEYS) {
      // A pasted novel still filters, but only its start goes into the address.
      if (state[key]) params.set(key, state[key].slice(0, MAX_URL_VALUE));
      else params.delete(key);
    }
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (addToHistory) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #restore() {
    const params = new URLSearchParams(location.search);
    for (const key of FILTER_KEYS) {
      const control = this.#form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
      if (control) control.value = params.get(key) ?? '';
    }
    this.#apply(this.#state());
  }

  #state(): FilterState {
    const data = new FormData(this.#form);
    return Object.fromEntries(FILTER_KEYS.map((k) => [k, String(data.get(k) ?? '').trim()])) as FilterState;
  }

  #apply(state: FilterState) {
    const terms = termsOf(state.q);
    const pass = (row: Row) => matches(row, state, terms);
    const shown = this.#views.reduce((sum, view) => sum + view.filter(pass), 0);
    const count = this.#strings.count.replace('{shown}', String(shown)).replace('{total}', String(this.#rows.length));
    const status = this.#form.querySelector('[data-count]')!;
    if (status.textContent !== count) status.textContent = count;
  }

  #makeSortable(table: HTMLTableElement, view: TableView) {
    const headers = [...table.tHead!.rows[0]!.cells];
    headers.forEach((th, column) => {
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'text-left font-semibold hover:underline',
      });
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => {
        const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of headers) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', direction);
        view.sort(column, th.dataset.sort ?? 'text', direction === 'ascending' ? 1 : -1);
      });
    });
  }
}
