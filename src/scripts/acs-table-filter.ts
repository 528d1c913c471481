import {
  FILTER_KEYS,
  compareKeys,
  matches,
  readRows,
  sortKey,
  termsOf,
  type FilterState,
  type Row,
} from './table-rows';

type Strings = Record<'count', string>;

const MAX_URL_VALUE = 500;

/** Filters and sorts the server-rendered tables inside it; the state lives in the query string. */
export class AcsTableFilter extends HTMLElement {
  #rows: Row[] = [];
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
    for (const table of this.querySelectorAll('table')) this.#makeSortable(table);
    this.#restore();
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
    let shown = 0;
    for (const row of this.#rows) {
      const visible = matches(row, state, terms);
      if (row.element.hidden === visible) row.element.hidden = !visible;
      if (visible) shown++;
    }
    const count = this.#strings.count.replace('{shown}', String(shown)).replace('{total}', String(this.#rows.length));
    const status = this.#form.querySelector('[data-count]')!;
    if (status.textContent !== count) status.textContent = count;
  }

  #makeSortable(table: HTMLTableElement) {
    const headers = [...table.tHead!.rows[0]!.cells];
    headers.forEach((th, column) => {
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'text-left font-semibold hover:underline',
      });
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => this.#sort(table, headers, column));
    });
  }

  #sort(table: HTMLTableElement, headers: HTMLTableCellElement[], column: number) {
    const th = headers[column]!;
    const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of headers) other.setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', direction);
    const body = table.tBodies[0]!;
    const sign = direction === 'ascending' ? 1 : -1;
    const keyed = [...body.rows].map((row) => ({ row, key: sortKey(row, column, th.dataset.sort ?? 'text') }));
    keyed.sort((a, b) => sign * compareKeys(a.key, b.key));
    body.append(...keyed.map((k) => k.row));
  }
}
