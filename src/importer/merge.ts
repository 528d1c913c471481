import type { Table } from 'mdast';
import { mapColumns, type Field } from '../pipeline/columns';
import { escapeText } from './cells';
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
} from './our-table';
import type { UpstreamRow, UpstreamTable } from './tables';

export interface Change {
  kind: 'added' | 'removed' | 'reworded';
  numbers: string;
  before?: string;
  after: string;
}

/** What every table of one area shares during a merge. */
export interface MergeState {
  sourceId: string;
  /** The version this import follows: rows it listed and the new one does not are "no longer listed". */
  previous: string | null;
  /** Whether this version is new to the area; an import run again reports nothing. */
  fresh: boolean;
  /** Codes already written in this area, with their message, so a row Microsoft repeats is written once. */
  placed: Map<string, Row>;
  changes: Change[];
}

const norm = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .toLowerCase();
const listOf = (cell = '') => cell.split(/,\s*/).filter(Boolean);

/** Every code/subcode pair a row stands for. */
const pairs = (row: { codes: number[]; subcodes: number[] }) =>
  (row.codes.length ? row.codes : [null]).flatMap((c) =>
    (row.subcodes.length ? row.subcodes : [null]).map((s) => `${c}/${s}`),
  );

/**
 * Merges upstream rows into one of our tables. A matched row takes the upstream text and keeps our
 * Note, Listed in and Earlier wording; a new row is added; a row upstream no longer lists stays.
 */
export function mergeTable(
  ours: Table,
  upstream: { table: UpstreamTable; rows: UpstreamRow[] }[],
  state: MergeState,
): string[] {
  const existing = readTable(ours);
  const unused = new Set(existing.rows);
  const output: Row[] = [];
  for (const { table, rows } of upstream)
    for (const up of rows) {
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
      const row = mergeRow(match, up, table, message, state);
      for (const p of pairs(up)) state.placed.set(p, row);
      output.push(row);
    }
  for (const kept of unused) {
    if (state.fresh && state.previous && listOf(kept.cells.get(LISTED_IN)).includes(state.previous))
      state.changes.push({ kind: 'removed', numbers: kept.numbers, after: kept.message });
    output.push(kept);
  }
  return writeTable(
    columns(
      existing.labels,
      upstream.map((u) => u.table),
      output,
    ),
    output,
  );
}

function mergeRow(
  match: Row | undefined,
  up: UpstreamRow,
  table: UpstreamTable,
  message: string,
  state: MergeState,
): Row {
  const cells = new Map(match?.cells ?? []);
  // Where else Microsoft lists the row is derived anew from this version, never carried over.
  cells.delete(ALSO);
  table.labels.forEach((label, i) =>
    cells.set(ourLabel(table.fields[i] ?? null, label, match), up.cells.get(label) ?? ''),
  );
  const listed = listOf(match?.cells.get(LISTED_IN));
  const shown = [up.codes.join(', '), up.subcodes.join(', ')].filter(Boolean).join('/');
  if (!match) state.changes.push({ kind: 'added', numbers: shown, after: message });
  else if (!listed.includes(state.sourceId) && norm(match.message) !== norm(message)) {
    state.changes.push({ kind: 'reworded', numbers: shown, before: match.message, after: message });
    const history = (match.cells.get(EARLIER) ?? '').split('<br>').filter(Boolean);
    cells.set(EARLIER, [...history, `${listed.at(-1)}: ${escapeText(match.message)}`].join('<br>'));
  }
  cells.set(LISTED_IN, [...new Set([...listed, state.sourceId])].join(', '));
  return { cells, numbers: numbers(up.codes, up.subcodes), message };
}

/** Our column for an upstream one: the column that holds the same field, or a new one with upstream's label. */
const FIELD_LABELS: Partial<Record<Field, string>> = {
  code: 'Code',
  subcode: 'Subcode',
  message: 'Message',
  resultCategory: 'Result category',
  advice: 'Advice',
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
