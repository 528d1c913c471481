import { declareColumns, replaceTable, tablesOf, type AreaFile } from './area-file';
import type { MergeState } from './merge';
import { LISTED_IN, listOf, OWN, readTable, writeTable, type Row } from './our-table';
import { pairOf, type TeamsRow } from './teams-rows';

/** The columns that carry Microsoft's Teams text on a record that another table already documents. */
export const TEAMS_MESSAGE = 'Teams Direct Routing message';
export const TEAMS_ACTIONS = 'Teams Direct Routing suggested actions';

/** Every (code/subcode) pair that an ACS table of the area holds, with the table it sits in. */
export function pairsOf(area: AreaFile): Map<string, string> {
  const found = new Map<string, string>();
  if (area.codeSpace !== 'acs') return found;
  for (const { title, node } of tablesOf(area))
    for (const row of readTable(node).rows) found.set(row.numbers, `${area.file} (${title})`);
  return found;
}

/**
 * Adds the Teams text of pairs that this area already documents to those rows, as a second source:
 * the row keeps its own text, gains the two Teams columns and lists the Teams page in `Listed in`.
 * Returns the pairs it joined.
 */
export function joinTeams(area: AreaFile, rows: Map<string, TeamsRow>, state: MergeState): Set<string> {
  const joined = new Set<string>();
  for (const { slug, node } of tablesOf(area)) {
    const table = readTable(node);
    const hits = table.rows.filter((r) => rows.has(r.numbers));
    if (hits.length === 0) continue;
    const output = table.rows.map((row) => {
      const teams = rows.get(row.numbers);
      if (!teams) return row;
      joined.add(row.numbers);
      return joinRow(row, teams, state);
    });
    const labels = withTeamsColumns(table.labels);
    replaceTable(area, node, writeTable(labels, output));
    declareColumns(area, slug, labels);
  }
  return joined;
}

function joinRow(row: Row, teams: TeamsRow, state: MergeState): Row {
  const id = teams.source.id;
  const listed = listOf(row.cells.get(LISTED_IN));
  const again = listed.includes(id);
  const cells = new Map(row.cells);
  const [first] = teams.entries;
  for (const [label, value] of [
    [TEAMS_MESSAGE, teams.message],
    [TEAMS_ACTIONS, teams.advice],
  ] as const) {
    const before = cells.get(label) ?? '';
    if (again && before && before !== value)
      state.problems.add({
        file: first!.file,
        line: first!.line,
        held: first!.held,
        message: `${state.file} already lists ${id} for ${row.numbers}, and its ${label} differs from this input's: ours “${before}”, this “${value}”; an import run again never rewrites what it wrote`,
        fix: 'if the import itself now writes the cell another way, empty the cell and import again',
      });
    else if (before && before !== value)
      state.changes.push({ kind: 'reworded', numbers: row.numbers, before: `${label}: ${before}`, after: value });
    cells.set(label, value);
  }
  if (teams.note)
    state.problems.add({
      file: first!.file,
      line: first!.line,
      message: `${pairOf(teams.sip, teams.microsoft)} has a note (${teams.note}) but joins a record of ${state.file}, whose Note is that table's own`,
      fix: 'write the note into that row by hand',
    });
  if (!again)
    state.changes.push({ kind: 'joined', numbers: row.numbers, after: `${teams.source.title}: ${teams.message}` });
  cells.set(LISTED_IN, state.order([...listed, id]).join(', '));
  state.used.add(id);
  return { ...row, cells };
}

/** The table's columns with the Teams columns before our own closing ones (Note, Listed in, …). */
function withTeamsColumns(labels: string[]): string[] {
  if (labels.includes(TEAMS_MESSAGE)) return labels;
  const at = labels.findIndex((l) => OWN.includes(l));
  const cut = at < 0 ? labels.length : at;
  return [...labels.slice(0, cut), TEAMS_MESSAGE, TEAMS_ACTIONS, ...labels.slice(cut)];
}
