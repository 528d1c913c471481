import type { Table } from 'mdast';
import type { ParsedRecord } from '../schemas/record';
import { cellsNodes } from './cell';
import { mapColumns } from './columns';
import { headerProblems, type Declaration } from './declared-columns';
import { lineOf, type Fail } from './errors';
import { textOf } from './render';
import { readRow, type TableContext } from './row';

/** Reads every row of a table into records; the header row says what each column means. */
export function readTable(
  table: Table,
  context: Omit<TableContext, 'labels' | 'fields'> & {
    declaration: Declaration | null;
    /** The file's text: cells are read again from it under the rules for cells. */
    source: string;
  },
  fail: Fail,
): ParsedRecord[] {
  const [header, ...rows] = table.children;
  const labels = header!.children.map((cell) => textOf(cell.children).trim());
  const { fields, clashes } = mapColumns(labels);
  const line = lineOf(table);
  const problems = headerProblems(labels, context.declaration, context.base.tableSlug);
  for (const { message, fix } of problems) fail(line, message, fix);
  for (const [first, second, field] of clashes)
    fail(line, `columns "${first}" and "${second}" both hold the ${field}`, `rename or remove one of them`);
  if (!fields.includes('message'))
    fail(
      line,
      `the table has no "Message" column (columns: ${labels.join(', ')})`,
      'name the column with the text "Message" or "Description"',
    );
  if (!fields.includes('code') && !fields.includes('subcode')) {
    fail(
      line,
      `the table has neither a "Code" nor a "Subcode" column (columns: ${labels.join(', ')})`,
      'name the number columns "Code" and "Subcode"',
    );
    return [];
  }
  // A header that does not say what its columns hold would put cells into the wrong fields.
  if (clashes.length > 0 || problems.length > 0) return [];
  const nodes = cellsNodes(
    rows.flatMap((row) => row.children),
    context.source,
  );
  let next = 0;
  return rows.flatMap((row) => {
    const cells = nodes.slice(next, (next += row.children.length));
    return readRow(row, cells, { ...context, labels, fields }, (m, fix) => fail(lineOf(row), m, fix));
  });
}
