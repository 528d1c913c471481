import { revealPlan, type Change } from './reveal-plan';
import { forget, layOutOnScreen, markPending, release } from './row-layout';
import { compareKeys, sortKey, type Row } from './table-rows';

// A big table shows its first matches and keeps the rest behind "Show all": revealing tens of
// thousands of rows would take seconds, however it is spread over frames.
const SMALL_TABLE = 1000;
const BIG_TABLE_LIMIT = 200;
// Hiding or showing a row costs its style and, once on screen, its layout (rows off screen are skipped:
// tables.css). A keystroke changes at once only the rows above those that reach the bottom of the window;
// the changes below follow in batches, a frame each, so the next keystroke never waits long behind them.
// A row is never shorter than a line of text and its cells' padding (CodeTable.astro), so the rows that
// can reach the bottom of the window are at most its height from the table's top over this.
const ROW_MIN_PX = 36;
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
  /** Whether each row, in the current order, passes the filter (1) or not (0). */
  readonly #passes: Uint8Array;
  /** Rows to show or hide in the coming frames, in table order. */
  #queue: Change<Row>[] = [];
  /** Rows shown at once by the last keystrokes, placeholders if off screen until the next batch. */
  #pending: Row[] = [];
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
    this.#passes = new Uint8Array(this.#rows.length);
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
   * A big table hides all but its first rows once the page is idle, in one go: hiding tens of thousands
   * of rows costs half a second, which must not land on a keystroke, nor be spread over hundreds of frames.
   */
  settle(): Promise<void> {
    if (this.#limit === Infinity) return Promise.resolve();
    return new Promise((resolve) => {
      const run = () => {
        if (this.#pristine) {
          this.#pristine = false;
          this.#render(Infinity);
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
    const first = this.#rowsToWindowBottom();
    // A moved row is laid out again: hide every shown row first, so the new order is revealed a screen at a time.
    for (const row of this.#shown) this.#apply({ row, show: false });
    this.#table.tBodies[0]!.append(...rows.map((r) => r.element));
    this.#render(first);
  }

  /** Shows the rows that pass: at once those that can be on screen, the others in the next frames. */
  #render(first?: number): number {
    // Whether each row passes, in an array reused by every keystroke rather than a new list of rows each time.
    const passes = this.#passes;
    let passing = 0;
    for (let i = 0; i < this.#rows.length; i++) passing += passes[i] = this.#pass(this.#rows[i]!) ? 1 : 0;
    if (this.#pristine && passing === this.#rows.length) return passing;
    this.#pristine = false;
    const limit = this.#expanded ? Infinity : this.#limit;
    const onScreen = first ?? this.#rowsToWindowBottom();
    let wanted = 0;
    const plan = revealPlan(
      this.#rows,
      (_, i) => passes[i] === 1 && ++wanted <= limit,
      (row) => this.#shown.has(row),
      onScreen,
    );
    for (const change of plan.now) {
      this.#apply(change);
      if (!change.show) continue;
      markPending(change.row.element);
      this.#pending.push(change.row);
    }
    layOutOnScreen(this.#firstShown(onScreen));
    this.#queue = plan.later;
    this.#schedule();
    this.#more.hidden = passing <= limit;
    const label = this.#more.dataset.label!.replace('{n}', String(passing));
    // Unchanged text is left alone: new text would be laid out again.
    if (this.#more.textContent !== label) this.#more.textContent = label;
    return passing;
  }

  /**
   * How many rows, from the table's first, can be on screen once the rows change. Read before the table
   * changes, while its layout is still the one the last frame computed: then the read costs next to nothing.
   */
  #rowsToWindowBottom(): number {
    const top = this.#table.tBodies[0]!.getBoundingClientRect().top;
    return Math.max(1, Math.ceil((innerHeight - top) / ROW_MIN_PX));
  }

  /** The first `count` rows shown, in table order. */
  #firstShown(count: number): HTMLElement[] {
    const first: HTMLElement[] = [];
    for (const row of this.#rows) {
      if (first.length >= count) break;
      if (this.#shown.has(row)) first.push(row.element);
    }
    return first;
  }

  /** Makes the queued changes a batch per frame, each batch after the previous frame has painted. */
  #schedule() {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    if (this.#queue.length === 0 && this.#pending.length === 0) return this.#table.removeAttribute('data-rendering');
    // Tells the benchmark (and anyone curious) that rows are still on their way.
    this.#table.setAttribute('data-rendering', '');
    this.#frame = requestAnimationFrame(() => {
      this.#timer = setTimeout(() => {
        for (const row of this.#pending.splice(0)) release(row.element);
        for (const change of this.#queue.splice(0, LATER_ROWS)) this.#apply(change);
        this.#schedule();
      });
    });
  }

  #apply({ row, show }: Change<Row>) {
    row.element.hidden = !show;
    if (show) this.#shown.add(row);
    else {
      this.#shown.delete(row);
      forget(row.element);
    }
  }
}
