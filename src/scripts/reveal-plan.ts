export interface RevealPlan<T> {
  /** Shown rows that no longer pass. */
  hide: T[];
  /** Hidden rows to show before the frame paints: the first ones, in table order. */
  now: T[];
  /** Hidden rows to show in later frames, in table order. */
  later: T[];
}

/**
 * What to change so that exactly `target` is shown, given the rows `shown` now: rows that stay shown
 * are left alone (never laid out again), and at most `first` rows are newly shown at once.
 */
export function revealPlan<T>(target: readonly T[], shown: ReadonlySet<T>, first: number): RevealPlan<T> {
  const wanted = new Set(target);
  const missing = target.filter((row) => !shown.has(row));
  return {
    hide: [...shown].filter((row) => !wanted.has(row)),
    now: missing.slice(0, first),
    later: missing.slice(first),
  };
}
