import type { Table } from 'mdast';
import type { ParsedRecord } from '../schemas/record';
import { mapColumns } from './columns';
import { lineOf, type Fail } from './errors';
import { textOf } from './render';
import { readRow, type TableContext } from './row';

/** Reads every row of a table into records; the header row says what each column means. */
export function readTable(table: Table, context: Omit<TableContext, 'labels' | 'fields'>, fail: Fail): ParsedRecord[] {
  const [header, ...rows] = table.children;
  const labels = header!.children.map((cell) => textOf(cell.children).trim());
  const { fields, clashes } = mapColumns(labels);
  const line = lineOf(table);
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
  if (clashes.length > 0) return [];
  return rows.flatMap((row) => readRow(row, { ...context, labels, fields }, (m, fix) => fail(lineOf(row), m, fix)));
}
