import type { PhrasingContent, Root, Table } from 'mdast';
import { mapColumns, type Field } from '../pipeline/columns';
import { parseNumbers } from '../pipeline/numbers';
import { Outline } from '../pipeline/outline';
import { textOf } from '../pipeline/render';
import type { Source } from '../schemas/source';
import { cellMarkdown } from './cells';
import type { Problems } from './problems';

/** One row of an upstream table: each cell as Markdown, by column label. */
export interface UpstreamRow {
  cells: Map<string, string>;
  codes: number[];
  subcodes: number[];
  /** Where the row is upstream, and the line as written there. */
  file: string;
  line: number;
  held: string;
  /** The version the row comes from, when its table does not share one with the whole input. */
  source?: Source;
}

export interface UpstreamTable {
  /** Slug of the nearest heading, as content/ names tables. */
  slug: string;
  title: string;
  labels: string[];
  fields: (Field | null)[];
  rows: UpstreamRow[];
  /** Where its header row is upstream, and that row as written. */
  file: string;
  line: number;
  held: string;
}

interface Origin {
  fileOf: (node: Root['children'][number]) => string;
  lines: Map<string, string[]>;
}

/** Every code table of the upstream document, named like ours; tables without a code column apart. */
export function upstreamTables(
  tree: Root,
  origin: Origin,
  problems: Problems,
): { tables: UpstreamTable[]; skipped: string[] } {
  const outline = new Outline();
  const tables: UpstreamTable[] = [];
  const skipped: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') outline.heading(textOf(node.children).trim());
    if (node.type !== 'table') continue;
    const name = outline.table() ?? { title: '(no heading)', slug: 'none' };
    const file = origin.fileOf(node);
    const table = readUpstreamTable(node, { ...name, file, lines: origin.lines.get(file) ?? [] }, problems);
    if (table) tables.push(table);
    else skipped.push(name.title);
  }
  return { tables, skipped };
}

function readUpstreamTable(
  node: Table,
  at: { slug: string; title: string; file: string; lines: string[] },
  problems: Problems,
): UpstreamTable | null {
  const [header, ...rows] = node.children;
  const labels = header!.children.map((c) => textOf(c.children).trim());
  const { fields, clashes } = mapColumns(labels);
  if (!fields.includes('code') && !fields.includes('subcode')) return null;
  const line = (n: Table['children'][number]) => n.position?.start.line ?? 0;
  for (const [a, b, field] of clashes)
    problems.add({
      file: at.file,
      line: line(header!),
      message: `columns "${a}" and "${b}" of table "${at.title}" would both fill the ${field}`,
      held: at.lines[line(header!) - 1] ?? '',
    });
  const read = rows.map((row): UpstreamRow => {
    const where = { file: at.file, line: line(row), held: at.lines[line(row) - 1] ?? '' };
    if (row.children.length !== labels.length)
      problems.add({
        ...where,
        message: `a row of table "${at.title}" has ${row.children.length} cells where its header has ${labels.length} (${labels.join(' | ')}); the import never guesses which cell is missing`,
        fix: 'import a version of the file whose row is complete, or repair the copy and say so',
      });
    const cells = new Map(
      labels.map((label, i) => [label, cellMarkdown((row.children[i]?.children ?? []) as PhrasingContent[])]),
    );
    const numbers = (field: Field) => {
      const label = labels[fields.indexOf(field)];
      const result = parseNumbers(textOf((row.children[fields.indexOf(field)]?.children ?? []) as PhrasingContent[]));
      if ('numbers' in result) return result.numbers ?? [];
      problems.add({ ...where, message: `the ${label} cell of table "${at.title}": ${result.problem}` });
      return [];
    };
    const [codes, subcodes] = [numbers('code'), numbers('subcode')];
    if (codes.length + subcodes.length === 0 && row.children.length === labels.length)
      problems.add({ ...where, message: `a row of table "${at.title}" has neither a code nor a subcode` });
    return { cells, codes, subcodes, ...where };
  });
  const held = at.lines[line(header!) - 1] ?? '';
  return { slug: at.slug, title: at.title, labels, fields, rows: read, file: at.file, line: line(header!), held };
}
