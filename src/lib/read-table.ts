import type { PhrasingContent, Table, TableRow } from 'mdast';
import { fieldOfHeader, parseNumbers, type Field } from './columns';
import { lineOf, type Fail } from './content-errors';
import { cellToBlocks, normaliseBreaks, toHtmlString, toPlainText } from './markdown';
import { CATEGORY_SPELLINGS, RESULT_CATEGORIES, type ParsedRecord, type ResultCategory, type Source } from './schema';

export interface TableContext {
  area: string;
  table: string;
  tableSlug: string;
  sources: Source[];
  file: string;
  route: string | null;
}

/** Reads every row of a table into records; the header row says what each column means. */
export function readTable(table: Table, context: TableContext, fail: Fail): ParsedRecord[] {
  const [header, ...rows] = table.children;
  const labels = header!.children.map((cell) => toPlainText(cell.children));
  const fields = labels.map(fieldOfHeader);
  for (const required of ['message'] as const) {
    if (!fields.includes(required))
      fail(lineOf(table), `the table has no "Message" column (columns: ${labels.join(', ')})`);
  }
  if (!fields.includes('code') && !fields.includes('subcode')) {
    fail(lineOf(table), `the table has neither a "Code" nor a "Subcode" column (columns: ${labels.join(', ')})`);
    return [];
  }
  return rows.flatMap((row) => readRow(row, labels, fields, context, (m) => fail(lineOf(row), m)));
}

function readRow(
  row: TableRow,
  labels: string[],
  fields: (Field | null)[],
  context: TableContext,
  fail: (message: string) => void,
): ParsedRecord[] {
  if (row.children.length !== labels.length) {
    fail(`the row has ${row.children.length} cells but the header has ${labels.length} (${labels.join(' | ')})`);
    return [];
  }
  const cells = row.children.map((cell) => normaliseBreaks(cell.children));
  const stray = cells.flat().find((node) => node.type === 'html');
  if (stray) {
    fail(`raw HTML "${(stray as { value: string }).value}" in a cell; only <br> is allowed`);
    return [];
  }
  const cellOf = (field: Field) => {
    const index = fields.indexOf(field);
    return index < 0 ? [] : cells[index]!;
  };
  const codes = numbersOf(cellOf('code'), 'code', fail);
  const subcodes = numbersOf(cellOf('subcode'), 'subcode', fail);
  if (codes === 'invalid' || subcodes === 'invalid') return [];
  if (!codes && !subcodes) {
    fail('the row has neither a code nor a subcode');
    return [];
  }
  const message = toPlainText(cellOf('message'));
  if (!message) {
    fail('the message cell is empty');
    return [];
  }
  const category = readCategory(toPlainText(cellOf('resultCategory')), fail);
  if (category === 'invalid') return [];
  const advice = cellOf('advice');
  const note = cellOf('note');
  const links = [...cellOf('message'), ...advice, ...note].flatMap(collectLinks);
  for (const link of links)
    if (!/^https?:\/\//.test(link.href)) fail(`link "${link.href}" is not absolute; write the full https:// address`);
  const extra = fields
    .flatMap((field, i) =>
      field ? [] : [{ label: labels[i]!, text: toPlainText(cells[i]!), html: cellHtml(cells[i]!) }],
    )
    .filter((e) => e.text);

  const base = {
    area: context.area,
    table: context.table,
    tableSlug: context.tableSlug,
    message,
    messageHtml: cellHtml(cellOf('message')),
    resultCategory: category.value,
    resultCategoryAsPublished: category.published,
    advice: toPlainText(advice),
    adviceHtml: cellHtml(advice),
    links,
    note: toPlainText(note),
    noteHtml: cellHtml(note),
    extra,
    sources: context.sources,
    route: context.route,
    file: context.file,
    line: row.position?.start.line ?? 1,
  };
  return (codes ?? [null]).flatMap((code) => (subcodes ?? [null]).map((subcode) => ({ ...base, code, subcode })));
}

function numbersOf(cell: PhrasingContent[], name: string, fail: (m: string) => void) {
  const text = toPlainText(cell);
  const numbers = parseNumbers(text);
  if (numbers === 'invalid') fail(`the ${name} "${text}" is not a number (or a comma-separated list of numbers)`);
  return numbers;
}

function readCategory(text: string, fail: (m: string) => void) {
  if (!text) return { value: null, published: null };
  if (text in RESULT_CATEGORIES) return { value: text as ResultCategory, published: null };
  const known = CATEGORY_SPELLINGS[text];
  if (known) return { value: known, published: text };
  fail(`unknown result category "${text}"; known: ${Object.keys(RESULT_CATEGORIES).join(', ')}`);
  return 'invalid' as const;
}

function cellHtml(nodes: PhrasingContent[]): string {
  return toHtmlString(cellToBlocks(nodes));
}

function collectLinks(node: PhrasingContent): { text: string; href: string }[] {
  if (node.type === 'link') return [{ text: toPlainText(node.children) || node.url, href: node.url }];
  return 'children' in node ? node.children.flatMap((child) => collectLinks(child as PhrasingContent)) : [];
}
