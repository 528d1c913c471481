import { filterQuery } from '../matcher/filter';
import { shareTarget } from './filter-share';
import { readSortParam, writeSortParam } from './sort-param';
import { FILTER_KEYS, joinTexts, passes, readRows, type FilterState, type Row } from './table-rows';
import { TableSorter } from './table-sorter';
import { TableView } from './table-view';

type Strings = Record<'count' | 'showAll' | 'sortBy' | 'title', string>;

const MAX_URL_VALUE = 500;
const ADDRESS_DELAY_MS = 300;

/** Filters and sorts the server-rendered tables inside it; the state lives in the query string. */
export class AcsTableFilter extends HTMLElement {
  #rows: Row[] = [];
  #views: TableView[] = [];
  #sorters: TableSorter[] = [];
  #form!: HTMLFormElement;
  #strings!: Strings;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #title: string | undefined;
  #count = '';

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#form = this.querySelector('form')!;
    this.#rows = readRows(this);
    this.#form.hidden = false;
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('input', (event) => this.#typed(event.target));
    // The reset event comes before the form resets its controls: read them on the next task.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#changed(true)));
    window.addEventListener('popstate', () => this.#restore());
    for (const table of this.querySelectorAll('table')) {
      const view = new TableView(table, this.#rows, this.#strings.showAll);
      this.#views.push(view);
      this.#sorters.push(new TableSorter(table, view, this.#strings.sortBy, () => this.#changed(true)));
    }
    this.#restore();
    // The worker sends a page it cannot show offline here, to the record's row: say so.
    if (new URLSearchParams(location.search).has('offline'))
      document.querySelector<HTMLElement>('[data-offline-note]')?.classList.remove('hidden');
    void Promise.all(this.#views.map((v) => v.settle())).then(() => {
      joinTexts(this.#rows);
      this.setAttribute('data-ready', '');
    });
  }

  /**
   * A keystroke shows its rows at once; the address, the title and the share link wait for a pause in
   * the typing (browsers throttle history writes). A choice from a list applies in full at once and adds
   * a history entry, so Back undoes it.
   */
  #typed(target: EventTarget | null) {
    if (target instanceof HTMLSelectElement) return this.#changed(true);
    this.#show(this.#state());
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#record(this.#state(), false), ADDRESS_DELAY_MS);
  }

  #changed(addToHistory: boolean) {
    const state = this.#state();
    this.#show(state);
    this.#record(state, addToHistory);
  }

  #record(state: FilterState, addToHistory: boolean) {
    clearTimeout(this.#timer);
    const params = new URLSearchParams(location.search);
    for (const key of FILTER_KEYS) {
      if (state[key]) params.set(key, state[key].slice(0, MAX_URL_VALUE));
      else params.delete(key);
    }
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (addToHistory) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.#share(state);
  }

  #restore() {
    const params = new URLSearchParams(location.search);
    for (const key of FILTER_KEYS) {
      const control = this.#form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
      const value = (params.get(key) ?? '').slice(0, MAX_URL_VALUE);
      // A value no option has (an old or mistyped address) stays visible and filters, so the table shows what the address says.
      if (control instanceof HTMLSelectElement && value && ![...control.options].some((o) => o.value === value))
        control.append(Object.assign(document.createElement('option'), { value, textContent: value }));
      if (control) control.value = value;
    }
    const sorts = readSortParam((params.get('sort') ?? '').slice(0, MAX_URL_VALUE), this.#sorters.length);
    this.#sorters.forEach((sorter, table) => sorter.restore(sorts[table]!));
    clearTimeout(this.#timer);
    const state = this.#state();
    this.#show(state);
    this.#share(state);
  }

  #state(): FilterState {
    const data = new FormData(this.#form);
    const sort = writeSortParam(this.#sorters.map((s) => s.state()));
    return {
      ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, String(data.get(k) ?? '').trim()])) as FilterState),
      sort,
    };
  }

  /** The rows, the count and the empty state: what the reader sees change as they type. */
  #show(state: FilterState) {
    const query = filterQuery(state.q);
    const shown = this.#views.reduce((sum, view) => sum + view.filter((row) => passes(row, state, query)), 0);
    const count = this.#strings.count.replace('{shown}', String(shown)).replace('{total}', String(this.#rows.length));
    const status = this.#form.querySelector('[data-count]')!;
    if (status.textContent !== count) status.textContent = count;
    this.#count = count;
    const empty = this.#form.querySelector<HTMLElement>('[data-empty]')!;
    empty.hidden = shown > 0;
    const lookup = empty.querySelector<HTMLAnchorElement>('[data-lookup-link]')!;
    lookup.href = `${this.dataset.lookup}${state.q ? `?q=${encodeURIComponent(state.q)}` : ''}`;
  }

  /** The tab's title says what is shown, and the share link points at a page that previews it. */
  #share(state: FilterState) {
    const filtered = Boolean(state.q || state.area || state.class || state.category);
    this.#title ??= document.title;
    document.title = filtered
      ? this.#strings.title
          .replace('{filter}', [state.q, state.area, state.class, state.category].filter(Boolean).join(', '))
          .replace('{count}', this.#count)
          .replace('{page}', this.#title)
      : this.#title;
    const share = this.#form.querySelector<HTMLElement>('[data-share]')!;
    share.hidden = !filtered;
    // After the URL is written: the filter's own address is the fallback.
    share.querySelector('a')!.href = shareTarget(state, filterQuery(state.q), this.#rows);
  }
}
