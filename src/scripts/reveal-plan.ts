/** A row to show, or to hide. */
export interface Change<T> {
  row: T;
  show: boolean;
}

export interface RevealPlan<T> {
  /** The changes above the first rows to show, which decide what the top of the table shows: before the frame paints. */
  now: Change<T>[];
  /** The changes below them, in table order: in the frames after. */
  later: Change<T>[];
}

/**
 * What to change so that exactly the wanted rows are shown, given all rows in table order and whether
 * each is shown now (`wanted` is asked once per row, in table order). Rows that stay shown are left alone (never laid out again). Only the changes above
 * the `first`-th wanted row come at once: a row hidden or shown further down is out of sight, and each
 * costs its style and layout, so they wait for the next frames.
 */
export function revealPlan<T>(
  rows: readonly T[],
  wanted: (row: T, index: number) => boolean,
  shown: (row: T) => boolean,
  first: number,
): RevealPlan<T> {
  const plan: RevealPlan<T> = { now: [], later: [] };
  let above = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const show = wanted(row, index);
    if (show !== shown(row)) (above < first ? plan.now : plan.later).push({ row, show });
    if (show) above++;
  }
  return plan;
}
