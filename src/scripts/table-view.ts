import { compareKeys, sortKey, type Row } from './table-rows';

// Laying out table rows costs about 0.2 ms each on a slow machine: a big table shows its first
// matches and keeps the rest behind "Show all", so a keystroke stays fast at any catalogue size.
const SMALL_TABLE = 1000;
const BIG_TABLE_LIMIT = 200;

/** One server-rendered table: its rows in their current order, and which of them are shown. */
export class TableView {
  #rows: Row[];
  readonly #original: Row[];
  #body: HTMLTableSectionElement;
  #more: HTMLButtonElement;
  #pass: (row: Row) => boolean = () => true;
  #expanded = false;
  #limit: number;
  #shown: Row[] = [];
  // Until the first filter or sort the server's DOM is shown as it is, with no work at all.
  #pristine = true;

  constructor(table: HTMLTableElement, rows: Row[], showAllLabel: string) {
    this.#body = table.tBodies[0]!;
    this.#rows = rows.filter((r) => r.element.parentElement === this.#body);
    this.#original = this.#rows;
    this.#limit = this.#rows.length <= SMALL_TABLE ? Infinity : BIG_TABLE_LIMIT;
    this.#shown = this.#rows;
    this.#more = Object.assign(document.createElement('button'), { type: 'button', hidden: true });
    this.#more.className = 'mt-2 rounded border border-line px-3 py-1.5 text-sm font-semibold';
    this.#more.addEventListener('click', () => {
      this.#expanded = true;
      this.#render();
    });
    this.#more.dataset.label = showAllLabel;
    table.closest('div')!.after(this.#more);
  }

  /**
   * A big table gives up its full server-rendered body once the page is idle: taking tens of
   * thousands of rows out of the document costs half a second, which must not land on a keystroke.
   */
  settle(): Promise<void> {
    if (this.#limit === Infinity) return Promise.resolve();
    return new Promise((resolve) => {
      const run = () => {
        if (this.#pristine) {
          this.#pristine = false;
          this.#render();
        }
        resolve();
      };
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
      else setTimeout(run, 500);
    });
  }

  /** Shows the rows that pass; returns how many pass. */
  filter(pass: (row: Row) => boolean): number {
    this.#pass = pass;
    this.#expanded = false;
    return this.#render();
  }

  sort(column: number, kind: string, direction: 1 | -1) {
    this.#shown = [];
    const keyed = this.#rows.map((row) => ({ row, key: sortKey(row, column, kind) }));
    keyed.sort((a, b) => direction * compareKeys(a.key, b.key));
    this.#rows = keyed.map((k) => k.row);
    this.#pristine = false;
    this.#render();
  }

  /** Back to the order of the source. */
  unsort() {
    if (this.#rows === this.#original) return;
    this.#rows = this.#original;
    this.#pristine = false;
    this.#render();
  }

  #render(): number {
    const passing = this.#rows.filter(this.#pass);
    if (this.#pristine && passing.length === this.#rows.length) return passing.length;
    this.#pristine = false;
    const shown = this.#expanded ? passing : passing.slice(0, this.#limit);
    if (!sameRows(shown, this.#shown)) this.#body.replaceChildren(...shown.map((r) => r.element));
    this.#shown = shown;
    this.#more.hidden = shown.length === passing.length;
    this.#more.textContent = this.#more.dataset.label!.replace('{n}', String(passing.length));
    return passing.length;
  }
}

const sameRows = (a: Row[], b: Row[]) => a.length === b.length && a.every((row, i) => row === b[i]);
