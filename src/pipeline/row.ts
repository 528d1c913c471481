import type { PhrasingContent, TableRow } from 'mdast';
import { CATEGORY_NAMES, CATEGORY_SPELLINGS, type ResultCategory } from '../schemas/category';
import type { ParsedRecord } from '../schemas/record';
import type { Field } from './columns';
import { lineOf } from './errors';
import { parseNumbers } from './numbers';
import { cellBlocks, prepare, render, type LinkContext, type NodeFail, type Rendered } from './render';
import { readWordings } from './wordings';

/** What every row of one table shares. */
export interface TableContext {
  base: Pick<ParsedRecord, 'area' | 'codeSpace' | 'status' | 'table' | 'tableSlug' | 'route' | 'file'>;
  labels: string[];
  fields: (Field | null)[];
  /** Ids of the area's sources; rows without a `Listed in` cell are listed in all of them. */
  sourceIds: string[];
  /** Link checks for this file, reporting through the given callback. */
  links: (fail: NodeFail) => LinkContext;
}

type RowFail = (message: string, fix?: string) => void;

/**
 * Reads one row into one record per code it lists; reports and skips a row it cannot read.
 * `nodes` holds each cell's content as the cell rules read it (`cell.ts`).
 */
export function readRow(row: TableRow, nodes: PhrasingContent[][], table: TableContext, fail: RowFail): ParsedRecord[] {
  const { labels, fields } = table;
  // A short row is never padded: whether it lost its last cells or one in the middle cannot be
  // told, and a guess would move the source ids into the Note.
  if (row.children.length !== labels.length) {
    fail(
      `the row has ${row.children.length} cells but the header has ${labels.length} (${labels.join(' | ')})`,
      'write every cell, an empty one as "| |"; write \\| for a pipe inside a cell',
    );
    return [];
  }
  let bad = false;
  const cells = nodes.map((cell) =>
    render(
      cellBlocks(
        prepare(
          cell,
          table.links((_, m, fix) => ((bad = true), fail(m, fix))),
        ) as PhrasingContent[],
      ),
    ),
  );
  const empty: Rendered = { html: '', text: '', links: [] };
  const cell = (field: Field): Rendered => cells[fields.indexOf(field)] ?? empty;
  const numbers = (field: Field, name: string) => {
    const read = parseNumbers(cell(field).text);
    if ('problem' in read) return ((bad = true), fail(`the ${name} ${read.problem}`, read.fix), null);
    return read.numbers;
  };
  const codes = numbers('code', 'code');
  const subcodes = numbers('subcode', 'subcode');
  const message = cell('message');
  if (!codes && !subcodes && !bad) fail('the row has neither a code nor a subcode', 'fill in the Code or Subcode cell');
  if (!message.text) fail('the message cell is empty', 'copy the message from the source');
  const category = readCategory(cell('resultCategory').text, fail);
  const listedIn = readListedIn(cell('listedIn').text, table.sourceIds, fail);
  const history = readWordings(cell('history').text, table.sourceIds, fail);
  const checked = cell('checked').text;
  if (checked && !/^\d{4}-\d{2}-\d{2}$/.test(checked)) fail(`the date "${checked}" is not YYYY-MM-DD`);
  if (bad || (!codes && !subcodes) || !message.text || !category || !listedIn || !history) return [];
  const record = {
    ...table.base,
    message: message.text,
    messageHtml: message.html,
    resultCategory: category.value,
    resultCategoryAsPublished: category.published,
    advice: cell('advice').text,
    adviceHtml: cell('advice').html,
    meaning: cell('meaning').text,
    meaningHtml: cell('meaning').html,
    guidance: cell('guidance').text,
    guidanceHtml: cell('guidance').html,
    evidence: cell('evidence').text,
    evidenceHtml: cell('evidence').html,
    checked: checked || null,
    note: cell('note').text,
    noteHtml: cell('note').html,
    extra: fields
      .flatMap((field, i) => (field || !cells[i]!.text ? [] : [{ label: labels[i]!, ...cells[i]! }]))
      .map(({ label, html, text }) => ({ label, html, text })),
    links: cells.flatMap((c) => c.links),
    listedIn,
    history,
    corresponds: {
      acsSubcodes: numbers('acsSubcodes', 'ACS subcode') ?? [],
      sip: numbers('sip', 'SIP response') ?? [],
      q850: numbers('q850', 'Q.850 cause') ?? [],
    },
    line: lineOf(row),
  };
  return (codes ?? [null]).flatMap((code) => (subcodes ?? [null]).map((subcode) => ({ ...record, code, subcode })));
}

function readCategory(text: string, fail: RowFail) {
  if (!text) return { value: null, published: null };
  if ((CATEGORY_NAMES as readonly string[]).includes(text)) return { value: text as ResultCategory, published: null };
  const known = CATEGORY_SPELLINGS[text];
  if (known) return { value: known, published: text };
  fail(`unknown result category "${text}"`, `use one of ${CATEGORY_NAMES.join(', ')}`);
  return null;
}

function readListedIn(text: string, sourceIds: string[], fail: RowFail): string[] | null {
  if (!text) return sourceIds;
  const ids = text.split(/[\s,]+/).filter(Boolean);
  const unknown = ids.filter((id) => !sourceIds.includes(id));
  if (unknown.length === 0) return ids;
  fail(
    `"Listed in" names ${unknown.join(', ')}, which the frontmatter's sources do not define`,
    `use the ids ${sourceIds.join(', ')}`,
  );
  return null;
}
