// Rows a keystroke shows are laid out in its frame only when they are on screen. content-visibility: auto
// alone would lay out in that frame every new row down to one and a half windows below the screen, and
// leave blank a row that was far away until the frame after the one that brings it on screen. So a row
// just shown is a placeholder (`data-pending`: content-visibility hidden, sized like a row, tables.css),
// and a row on screen is laid out in full (`data-eager`: content-visibility visible) before the frame.

// Enough for rows that each turn out shorter than their placeholder; one or two passes are the rule.
const MAX_PASSES = 8;

/** A row just shown: a placeholder until `layOutOnScreen` finds it on screen, or `release` lets it go. */
export function markPending(row: HTMLElement) {
  row.dataset.pending = '';
}

/** A placeholder left below the screen goes back to content-visibility: auto, which lays it out when near. */
export function release(row: HTMLElement) {
  delete row.dataset.pending;
}

/** A hidden row forgets how it was laid out: shown again, it starts like any other. */
export function forget(row: HTMLElement) {
  delete row.dataset.pending;
  delete row.dataset.eager;
}

/**
 * Lays out in full, before the frame paints, those of `rows` (shown, in table order) that are on screen
 * and would be painted blank. Each pass reads the layout the last one left: a row laid out can be shorter
 * than its placeholder and bring the next rows up on screen.
 */
export function layOutOnScreen(rows: readonly HTMLElement[]) {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      if (box.top >= innerHeight) break;
      if (box.bottom <= 0 || !skipped(row)) continue;
      delete row.dataset.pending;
      row.dataset.eager = '';
      changed = true;
    }
    if (!changed) return;
  }
}

/** Whether the row's cells are not rendered: a placeholder, or a row content-visibility skips. */
const skipped = (row: HTMLElement) => row.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) === false;
