import { replaceTable, tablesOf, type AreaFile } from './area-file';
import { mergeTable, type Feed, type MergeState } from './merge';
import { readTable } from './our-table';
import type { Source } from '../schemas/source';
import type { UpstreamTable } from './tables';

/** What happened to the tables of one area that ask for upstream tables. */
export interface TablesImport {
  /** Upstream tables this area read. */
  used: string[];
  /** Our tables whose upstream tables are all missing from this input: left as they are. */
  leftAlone: string[];
}

/**
 * Imports the upstream tables an area asks for (`tables.<id>.upstream` in its frontmatter) into its
 * tables. An input that holds some of a table's upstream tables but not all stops the import: the
 * missing rows would otherwise be reported as dropped.
 */
export function importTables(
  area: AreaFile,
  upstream: Map<string, UpstreamTable>,
  source: Source | null,
  state: MergeState,
): TablesImport {
  const used: string[] = [];
  const leftAlone: string[] = [];
  for (const { slug, title, node } of tablesOf(area)) {
    const wanted = area.settings[slug]?.upstream;
    if (!wanted) continue;
    const missing = wanted.filter((w) => !upstream.has(w.table)).map((w) => w.table);
    if (missing.length === wanted.length) {
      leftAlone.push(`${title} (${missing.join(', ')})`);
      continue;
    }
    if (missing.length > 0) {
      state.problems.add({
        file: area.file,
        message: `tables.${slug}.upstream names ${missing.map((m) => `"${m}"`).join(', ')}, which this input does not have (it has ${[...upstream.keys()].join(', ')}), next to tables it has; importing part of a table would report the rest as dropped`,
        fix: 'give the whole article (or every include file it names), or correct the table name in the frontmatter',
      });
      continue;
    }
    const ours = readTable(node).labels;
    const feeds: Feed[] = wanted.map(({ table, rows = 'all' }) => {
      const found = upstream.get(table)!;
      used.push(table);
      checkColumns(found, ours, `${area.file} (table "${title}")`, state);
      return {
        table: found,
        source,
        rows: found.rows.filter((r) => rows === 'all' || (rows === 'code-only') === (r.subcodes.length === 0)),
      };
    });
    replaceTable(area, node, mergeTable(node, feeds, state));
  }
  return { used, leftAlone };
}

/** An upstream column that maps to no field and that our table does not have would be a guess: it stops. */
function checkColumns(table: UpstreamTable, ours: string[], where: string, state: MergeState) {
  table.labels.forEach((label, i) => {
    if (table.fields[i] || ours.includes(label)) return;
    state.problems.add({
      file: table.file,
      line: table.line,
      held: table.held,
      message: `table "${table.title}" has a column "${label}" that no field reads and ${where} does not have`,
      fix: `if it is a new kind of data, add a "${label}" column to that table (and declare it), then import again; if it renames a known column, map its header in src/pipeline/columns.ts`,
    });
  });
}
