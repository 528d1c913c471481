import type { PhrasingContent, Root, Table } from 'mdast';
import { mapColumns, type Field } from '../pipeline/columns';
import { parseNumbers } from '../pipeline/numbers';
import { Outline } from '../pipeline/outline';
import { textOf } from '../pipeline/render';
import { cellMarkdown } from './cells';

/** One row of an upstream table: each cell as Markdown, by column label. */
export interface UpstreamRow {
  cells: Map<string, string>;
  codes: number[];
  subcodes: number[];
}

export interface UpstreamTable {
  /** Slug of the nearest heading, as content/ names tables. */
  slug: string;
  title: string;
  labels: string[];
  fields: (Field | null)[];
  rows: UpstreamRow[];
}

/** Every code table of the upstream document, named like ours; tables without a code column apart. */
export function upstreamTables(tree: Root): { tables: UpstreamTable[]; skipped: string[] } {
  const outline = new Outline();
  const tables: UpstreamTable[] = [];
  const skipped: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') outline.heading(textOf(node.children).trim());
    if (node.type !== 'table') continue;
    const name = outline.table() ?? { title: '(no heading)', slug: 'none' };
    const table = readUpstreamTable(node, name.slug, name.title);
    if (table) tables.push(table);
    else skipped.push(name.title);
  }
  return { tables, skipped };
}

function readUpstreamTable(node: Table, slug: string, title: string): UpstreamTable | null {
  const [header, ...rows] = node.children;
  const labels = header!.children.map((c) => textOf(c.children).trim());
  const { fields } = mapColumns(labels);
  if (!fields.includes('code') && !fields.includes('subcode')) return null;
  const numbers = (cell: string | undefined) => {
    const read = parseNumbers(cell ?? '');
    return 'numbers' in read ? (read.numbers ?? []) : [];
  };
  return {
    slug,
    title,
    labels,
    fields,
    rows: rows.map((row) => {
      const cells = new Map(
        labels.map((label, i) => [label, cellMarkdown((row.children[i]?.children ?? []) as PhrasingContent[])]),
      );
      const text = (field: Field) => cells.get(labels[fields.indexOf(field)] ?? '');
      return { cells, codes: numbers(text('code')), subcodes: numbers(text('subcode')) };
    }),
  };
}
