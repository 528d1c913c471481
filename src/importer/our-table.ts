import type { PhrasingContent, Table } from 'mdast';
import { mapColumns, type Field } from '../pipeline/columns';
import { parseNumbers } from '../pipeline/numbers';
import { isBreakHtml } from '../pipeline/links';
import { parseMarkdown } from '../pipeline/markdown';
import { cellBlocks, textOf } from '../pipeline/render';
import { oneLine } from '../records/text';
import { cellMarkdown } from './cells';
import type { UpstreamTable } from './tables';

/**
 * Our area tables as the importer reads and writes them: rows keyed by their numbers, cells kept
 * as Markdown so a merge rewrites only what changed.
 */

export const LISTED_IN = 'Listed in';
export const EARLIER = 'Earlier wording';
export const ALSO = 'Also listed under';
/** Columns that are ours, never upstream's, in the order they close a table. */
export const OWN = ['Note', ALSO, LISTED_IN, EARLIER];

/** A row of our table: its cells as Markdown by column label, and what it is matched by. */
export interface Row {
  cells: Map<string, string>;
  /** `codes/subcodes`, sorted: two rows with the same numbers are the same row. */
  numbers: string;
  /** The message as one line of plain text. */
  message: string;
}

/** `<br>` in a cell as the line break it stands for, as the content parser reads it. */
const withBreaks = (cell: PhrasingContent[]): PhrasingContent[] =>
  cell.map((n) => (isBreakHtml(n) ? { type: 'break' } : n));

export const plain = (cell: PhrasingContent[]) => oneLine(textOf(cellBlocks(withBreaks(cell))));

/** Text compared for sameness: spaces collapsed, a closing full stop and case ignored. */
export const norm = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .toLowerCase();
export const listOf = (cell = '') => cell.split(/,\s*/).filter(Boolean);

export function numbers(codes: number[], subcodes: number[]) {
  return `${[...codes].sort((a, b) => a - b).join(',')}/${[...subcodes].sort((a, b) => a - b).join(',')}`;
}

export function readTable(table: Table) {
  const [header, ...rows] = table.children;
  const labels = header!.children.map((c) => textOf(c.children).trim());
  const { fields } = mapColumns(labels);
  const cell = (row: (typeof rows)[number], field: Field) =>
    (row.children[fields.indexOf(field)]?.children ?? []) as PhrasingContent[];
  const count = (nodes: PhrasingContent[]) => {
    const read = parseNumbers(textOf(nodes));
    return 'numbers' in read ? (read.numbers ?? []) : [];
  };
  return {
    labels,
    rows: rows.map((row) => ({
      cells: new Map(labels.map((l, i) => [l, cellMarkdown((row.children[i]?.children ?? []) as PhrasingContent[])])),
      numbers: numbers(count(cell(row, 'code')), count(cell(row, 'subcode'))),
      message: plain(cell(row, 'message')),
    })),
  };
}

/** Our columns first, then upstream's new ones, then ours again: Note, Also listed under, Listed in, Earlier wording. */
export function columns(existing: string[], tables: Pick<UpstreamTable, 'labels' | 'fields'>[], rows: Row[]): string[] {
  const used = new Set(rows.flatMap((r) => [...r.cells.keys()]));
  const upstream = tables.flatMap((t) => t.labels.filter((l, i) => !t.fields[i] && !existing.includes(l)));
  const leading = [...existing.filter((l) => !OWN.includes(l)), ...new Set(upstream)];
  return [...leading, ...OWN].filter((l) => existing.includes(l) || used.has(l) || l === LISTED_IN || l === EARLIER);
}

export function writeTable(labels: string[], rows: Row[]): string[] {
  // An empty cell is written `| |`, not `|  |`; the lookahead lets neighbouring empty cells share a pipe.
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`.replace(/\| {2}(?=\|)/g, '| ');
  return [
    line(labels),
    line(labels.map(() => '---')),
    ...rows.map((r) => line(labels.map((l) => r.cells.get(l) ?? ''))),
  ];
}

/** A cell's Markdown read back into nodes, inside a table as the content parser reads it. */
export function parseCellMarkdown(markdown: string): PhrasingContent[] {
  const [table] = parseMarkdown(`| x |\n| --- |\n| ${markdown} |\n`).children;
  const nodes = table?.type === 'table' ? (table.children[1]?.children[0]?.children ?? []) : [];
  return withBreaks(nodes);
}
