import { revealPlan } from './reveal-plan';
import { compareKeys, sortKey, type Row } from './table-rows';

// A big table shows its first matches and keeps the rest behind "Show all": revealing tens of
// thousands of rows would take seconds, however it is spread over frames.
const SMALL_TABLE = 1000;
const BIG_TABLE_LIMIT = 200;
// Showing a row costs its style and, once on screen, its layout (rows off screen are skipped: tables.css).
// A keystroke shows at most this many newly matching rows before its frame paints (more than a screen
// holds); the others follow in batches, a frame each, so the next keystroke never waits long behind them.
const FIRST_ROWS = 24;
const LATER_ROWS = 48;

/**
 * One server-rendered table: its rows in their current order, and which of them are shown. Rows stay
 * in the document and are hidden or shown by their `hidden` attribute, so a row that stays shown is
 * never laid out again, and the fixed column widths (tables.css) mean no column widens as rows change.
 */
export class TableView {
  #rows: Row[];
  readonly #original: Row[];
  readonly #table: HTMLTableElement;
  #more: HTMLButtonElement;
  #pass: (row: Row) => boolean = () => true;
  #expanded = false;
  #limit: number;
  /** The rows not hidden. */
  #shown: Set<Row>;
  /** Rows to show in the coming frames, in table order. */
  #queue: Row[] = [];
  #frame = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  // Until the first filter or sort the server's DOM is shown as it is, with no work at all.
  #pristine = true;

  constructor(table: HTMLTableElement, rows: Row[], showAllLabel: string) {
    this.#table = table;
    const body = table.tBodies[0]!;
    this.#rows = rows.filter((r) => r.element.parentElement === body);
    this.#original = this.#rows;
    this.#shown = new Set(this.#rows);
    this.#limit = this.#rows.length <= SMALL_TABLE ? Infinity : BIG_TABLE_LIMIT;
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
   * A big table hides all but its first rows once the page is idle: hiding tens of thousands of rows
   * costs half a second, which must not land on a keystroke.
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
    const keyed = this.#rows.map((row) => ({ row, key: sortKey(row, column, kind) }));
    keyed.sort((a, b) => direction * compareKeys(a.key, b.key));
    this.#reorder(keyed.map((k) => k.row));
  }

  /** Back to the order of the source. */
  unsort() {
    if (this.#rows !== this.#original) this.#reorder(this.#original);
  }

  #reorder(rows: Row[]) {
    this.#rows = rows;
    this.#pristine = false;
    // A moved row is laid out again: hide every shown row first, so the new order is revealed a screen at a time.
    for (const row of this.#shown) row.element.hidden = true;
    this.#shown.clear();
    this.#table.tBodies[0]!.append(...rows.map((r) => r.element));
    this.#render();
  }

  #render(): number {
    const passing = this.#rows.filter(this.#pass);
    if (this.#pristine && passing.length === this.#rows.length) return passing.length;
    this.#pristine = false;
    const target = this.#expanded ? passing : passing.slice(0, this.#limit);
    const plan = revealPlan(target, this.#shown, FIRST_ROWS);
    for (const row of plan.hide) this.#hide(row);
    for (const row of plan.now) this.#show(row);
    this.#queue = plan.later;
    this.#schedule();
    this.#more.hidden = target.length === passing.length;
    this.#more.textContent = this.#more.dataset.label!.replace('{n}', String(passing.length));
    return passing.length;
  }

  /** Shows the queued rows a batch per frame, each batch after the previous frame has painted. */
  #schedule() {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    if (this.#queue.length === 0) return this.#table.removeAttribute('data-rendering');
    // Tells the benchmark (and anyone curious) that rows are still on their way.
    this.#table.setAttribute('data-rendering', '');
    this.#frame = requestAnimationFrame(() => {
      this.#timer = setTimeout(() => {
        for (const row of this.#queue.splice(0, LATER_ROWS)) this.#show(row);
        this.#schedule();
      });
    });
  }

  #show(row: Row) {
    row.element.hidden = false;
    this.#shown.add(row);
  }

  #hide(row: Row) {
    row.element.hidden = true;
    this.#shown.delete(row);
  }
}
