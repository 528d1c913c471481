/**
 * The `sort` value of an address when a page holds several tables, each sorted on its own: every
 * sorted table as `<column>` or `-<column>` (descending), prefixed by `<table>:` from the second
 * table on, joined by commas (`-0,2:1`). The first table's form is the one addresses had before,
 * so links already pasted into tickets still open sorted.
 */
export function writeSortParam(states: string[]): string {
  return states
    .map((state, table) => (!state ? '' : table === 0 ? state : `${table}:${state}`))
    .filter(Boolean)
    .join(',');
}

/** Each table's state from a `sort` value; a table it does not name, or names wrongly, stays unsorted. */
export function readSortParam(value: string, tables: number): string[] {
  const states = Array.from({ length: tables }, () => '');
  for (const entry of value.split(',')) {
    const match = /^(?:(\d+):)?(-?\d+)$/.exec(entry.trim());
    if (!match) continue;
    const table = Number(match[1] ?? 0);
    if (table < tables) states[table] = match[2]!;
  }
  return states;
}
