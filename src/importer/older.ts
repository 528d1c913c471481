import { escapeText } from './cells';
import { history, rewrite, type Wording } from './history';
import type { MergeState } from './merge';
import { EARLIER, LISTED_IN, listOf, type Row } from './our-table';
import type { Placement } from './versions';

/** Whether an older version is still the last one listing this row: then its text is the row's newest. */
export function becomesNewest(row: Row, placement: Placement, state: MergeState): boolean {
  const listed = state.order([...listOf(row.cells.get(LISTED_IN)), placement.source.id]);
  return listed.at(-1) === placement.source.id;
}

/** An older version's listing of a row: its id in `Listed in`, its wording in `Earlier wording`; the text stays the newest's. */
export function addHistory(match: Row, message: string, placement: Placement, state: MergeState): Row {
  const cells = new Map(match.cells);
  const id = placement.source.id;
  const listed = listOf(match.cells.get(LISTED_IN));
  if (listed.includes(id)) return match;
  const read = history(match.cells.get(EARLIER) ?? '', listed, match.message);
  if ('unplaced' in read) {
    state.problems.add({
      file: state.file,
      message: `the Earlier wording of ${match.numbers} names ${read.unplaced}, which its Listed in does not; the import cannot place ${id} among them`,
    });
    return match;
  }
  const order = state.order([...listed, id]);
  const wordings: Wording[] = order.map(
    (v) => read.find((w) => w.source === v) ?? { source: v, message: escapeText(message), text: message },
  );
  const rewritten = rewrite(wordings);
  if (rewritten !== (match.cells.get(EARLIER) ?? '')) {
    cells.set(EARLIER, rewritten);
    state.changes.push({ kind: 'history', numbers: match.numbers, after: `${id}: ${message}` });
  }
  cells.set(LISTED_IN, order.join(', '));
  state.changes.push({ kind: 'listed', numbers: match.numbers, after: id });
  return { ...match, cells };
}
