import type { Table } from 'mdast';
import { mapColumns, type Field } from '../pipeline/columns';
import type { Source } from '../schemas/source';
import { escapeText } from './cells';
import { addHistory, becomesNewest } from './older';
import {
  ALSO,
  EARLIER,
  LISTED_IN,
  columns,
  numbers,
  parseCellMarkdown,
  plain,
  readTable,
  writeTable,
  type Row,
  listOf,
  norm,
} from './our-table';
import type { Problems } from './problems';
import type { UpstreamRow, UpstreamTable } from './tables';
import type { Placement } from './versions';

export interface Change {
  kind: 'added' | 'removed' | 'reworded' | 'blanked' | 'history' | 'listed' | 'joined';
  numbers: string;
  before?: string;
  after: string;
}

/** What every table of one area shares during a merge. */
export interface MergeState {
  file: string;
  /** Where each version of this import sits among the versions content has, by source id. */
  placements: Map<string, Placement>;
  /** Ids of the sources this area already has: a version it has is imported again, and must change nothing. */
  known: Set<string>;
  /** Source ids oldest first, for `Listed in`. */
  order: (ids: string[]) => string[];
  /** Codes already written in this area, with their message, so a row Microsoft repeats is written once. */
  placed: Map<string, Row>;
  changes: Change[];
  problems: Problems;
  /** Whether a field that had a value may become empty (reported as blanked). */
  allowBlank: boolean;
  /** Ids of the versions whose rows this area now lists: their sources join its frontmatter. */
  used: Set<string>;
}

/** Rows of one upstream table for one of ours, and the version they come from unless a row names its own. */
export interface Feed {
  table: UpstreamTable;
  rows: UpstreamRow[];
  /** Null when every row names its own version. */
  source: Source | null;
}

/** Every code/subcode pair a row stands for. */
const pairs = (row: { codes: number[]; subcodes: number[] }) =>
  (row.codes.length ? row.codes : [null]).flatMap((c) =>
    (row.subcodes.length ? row.subcodes : [null]).map((s) => `${c}/${s}`),
  );

/**
 * Merges upstream rows into one of our tables. A matched row takes the upstream text and keeps our
 * Note, Listed in and Earlier wording; a new row is added; a row upstream no longer lists stays.
 * A version older than the newest one imported only adds history: where it is listed, how it worded it.
 */
export function mergeTable(ours: Table, feeds: Feed[], state: MergeState): string[] {
  const existing = readTable(ours);
  const unused = new Set(existing.rows);
  const output: Row[] = [];
  const fresh: Placement[] = [];
  /** Our row each upstream row matched: an older version keeps our order, adding rows only it lists at the end. */
  const replaced = new Map<Row, Row>();
  for (const { table, rows, source } of feeds)
    for (const up of rows) {
      const placement = state.placements.get((up.source ?? source)!.id)!;
      if (!fresh.includes(placement)) fresh.push(placement);
      state.used.add(placement.source.id);
      const message = plain(parseCellMarkdown(up.cells.get(labelOf(table, 'message')) ?? ''));
      const twins = pairs(up).map((p) => state.placed.get(p));
      if (twins.every((t) => t && norm(t.message) === norm(message))) {
        addAlso(twins[0]!, table.title, up.cells.get(labelOf(table, 'advice')) ?? '');
        continue;
      }
      const key = numbers(up.codes, up.subcodes);
      const candidates = [...unused].filter((r) => r.numbers === key);
      const match =
        candidates.length > 1
          ? (candidates.find((r) => norm(r.message) === norm(message)) ?? candidates[0])
          : candidates[0];
      if (match) unused.delete(match);
      const row =
        placement.older && match && !becomesNewest(match, placement, state)
          ? addHistory(match, message, placement, state)
          : mergeRow(match, up, table, message, placement, state);
      for (const p of pairs(up)) state.placed.set(p, row);
      if (match && placement.older) replaced.set(match, row);
      else output.push(row);
    }
  const tables = feeds.map((f) => f.table);
  if (fresh.some((p) => p.older)) {
    // An older version keeps our rows where they are; rows that only it lists come last.
    const rows = [...existing.rows.map((r) => replaced.get(r) ?? r), ...output];
    return writeTable(columns(existing.labels, tables, rows), rows);
  }
  for (const kept of unused) {
    const listed = listOf(kept.cells.get(LISTED_IN));
    const dropped = fresh.some(
      (p) => !p.older && !state.known.has(p.source.id) && p.previous && listed.includes(p.previous),
    );
    if (dropped) state.changes.push({ kind: 'removed', numbers: kept.numbers, after: kept.message });
    output.push(kept);
  }
  return writeTable(columns(existing.labels, tables, output), output);
}

function mergeRow(
  match: Row | undefined,
  up: UpstreamRow,
  table: UpstreamTable,
  message: string,
  placement: Placement,
  state: MergeState,
): Row {
  const sourceId = placement.source.id;
  const cells = new Map(match?.cells ?? []);
  // Where else Microsoft lists the row is derived anew from this version, never carried over.
  cells.delete(ALSO);
  const listed = listOf(match?.cells.get(LISTED_IN));
  const shown = [up.codes.join(', '), up.subcodes.join(', ')].filter(Boolean).join('/');
  const again = state.known.has(sourceId) && listed.includes(sourceId);
  table.labels.forEach((label, i) => {
    const field = table.fields[i] ?? null;
    const ours = ourLabel(field, label, match);
    const before = cells.get(ours) ?? '';
    const after = up.cells.get(label) ?? '';
    // A note is ours once written: the import fills it, a maintainer may reword it.
    if (field === 'note') return void (before || cells.set(ours, after));
    if (match && before && !after) blank(state, up, shown, ours, before);
    else if (again && before && before !== after)
      state.problems.add({
        file: up.file,
        line: up.line,
        held: up.held,
        message: `${state.file} already holds version ${sourceId}, and its ${ours} of ${shown} differs from this input's: ours “${before}”, this “${after}”; an import run again never rewrites what it wrote`,
        fix: 'keep the published text in the cell and put a correction in Note; if the import itself now writes the cell another way, empty the cell and import again',
      });
    cells.set(ours, after);
  });
  if (!match) state.changes.push({ kind: 'added', numbers: shown, after: message });
  else if (!listed.includes(sourceId) && norm(match.message) !== norm(message)) {
    state.changes.push({ kind: 'reworded', numbers: shown, before: match.message, after: message });
    const earlier = (match.cells.get(EARLIER) ?? '').split('<br>').filter(Boolean);
    cells.set(EARLIER, [...earlier, `${listed.at(-1)}: ${escapeText(match.message)}`].join('<br>'));
  }
  cells.set(LISTED_IN, state.order([...new Set([...listed, sourceId])]).join(', '));
  return { cells, numbers: numbers(up.codes, up.subcodes), message };
}

function blank(state: MergeState, up: UpstreamRow, shown: string, label: string, before: string) {
  if (state.allowBlank) state.changes.push({ kind: 'blanked', numbers: shown, before, after: label });
  else
    state.problems.add({
      file: up.file,
      line: up.line,
      held: up.held,
      message: `this row would blank the ${label} of ${shown} in ${state.file}, which holds “${before}”`,
      fix: 'import a version whose row is complete; if Microsoft really dropped it, run again with --blank',
    });
}

/** Our column for an upstream one: the column that holds the same field, or a new one with upstream's label. */
const FIELD_LABELS: Partial<Record<Field, string>> = {
  code: 'Code',
  subcode: 'Subcode',
  message: 'Message',
  resultCategory: 'Result category',
  advice: 'Advice',
  note: 'Note',
};
function ourLabel(field: Field | null, label: string, match: Row | undefined): string {
  if (!field) return label;
  const existing = match && [...match.cells.keys()].find((l) => mapColumns([l]).fields[0] === field);
  return existing ?? FIELD_LABELS[field] ?? label;
}

const labelOf = (table: UpstreamTable, field: Field) => table.labels[table.fields.indexOf(field)] ?? '';

/** Notes on the row that Microsoft lists it in another table too, with that table's advice where it differs. */
function addAlso(row: Row, title: string, advice: string) {
  const ours = [...row.cells].find(([label]) => mapColumns([label]).fields[0] === 'advice')?.[1] ?? '';
  const entry = escapeText(title) + (advice && norm(advice) !== norm(ours) ? ` (advice there: ${advice})` : '');
  row.cells.set(ALSO, [...new Set([...(row.cells.get(ALSO) ?? '').split('<br>').filter(Boolean), entry])].join('<br>'));
}
