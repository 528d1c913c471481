import type { PhrasingContent, RootContent, TableCell } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * A table cell is text as written, with a few things interpreted (the README's list): links
 * (`[text](https://…)`, `<https://…>`), code spans, `<br>`, and a backslash before punctuation
 * (`\|` for a pipe). Emphasis, strikethrough, character references, headings, quotes and list
 * markers are not: `snake_case`, `*67`, `#`, `&amp;` and `-1` reach the page as written. Line
 * starts with "- " become list items later, at `cellBlocks`.
 */
const TEXT_AS_WRITTEN = [
  'attention',
  'characterReference',
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'definition',
  'hardBreakEscape',
  'headingAtx',
  'htmlFlow',
  'list',
  'setextUnderline',
  'thematicBreak',
];

const cellParser = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [{ disable: { null: TEXT_AS_WRITTEN } }]);

/**
 * The content of each cell under the cell rules; [] for an empty cell. Most cells hold nothing the
 * rules read differently from GFM, and keep the nodes GFM made; the others are read again from the
 * file's text, all in one pass (a cell is one line; a blank line keeps them apart).
 */
export function cellsNodes(cells: TableCell[], source: string): PhrasingContent[][] {
  const texts = cells.map((cell) => {
    const first = cell.children[0]?.position?.start.offset;
    const last = cell.children.at(-1)?.position?.end.offset;
    return first === undefined || last === undefined ? '' : source.slice(first, last);
  });
  const again = cells.flatMap((cell, i) => (texts[i] !== '' && !readAsWritten(cell.children, source) ? [i] : []));
  const paragraphs = cellParser.parse(again.map((i) => texts[i]).join('\n\n')).children;
  // Each cell is exactly one paragraph; were it ever not, read the cells one by one.
  const read =
    paragraphs.length === again.length && paragraphs.every((p) => p.type === 'paragraph')
      ? paragraphs
      : again.map((i) => cellParser.parse(texts[i]!).children[0]);
  const reread = new Map(again.map((cellIndex, k) => [cellIndex, read[k]]));
  return cells.map((cell, i) => {
    if (!reread.has(i)) return cell.children;
    const paragraph = reread.get(i);
    const line = cell.position?.start.line ?? 1;
    return paragraph?.type === 'paragraph' ? paragraph.children.map((node) => placed(node, line)) : [];
  });
}

/**
 * Whether GFM read these nodes as the cell rules would: only text, code, breaks, raw HTML and
 * links written as links (`[…](…)`, `<…>`), and no character reference that GFM decoded.
 */
function readAsWritten(nodes: readonly RootContent[], source: string): boolean {
  return nodes.every((node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    switch (node.type) {
      case 'text':
        return !source.slice(start, end).includes('&');
      case 'inlineCode':
      case 'html':
      case 'break':
        return true;
      case 'link':
        return /^[[<]/.test(source.slice(start, end)) && readAsWritten(node.children, source);
      default:
        return false;
    }
  });
}

/** Gives a node and its children the line of the cell, and unescapes `\|` in code, as GFM does. */
function placed<T extends RootContent>(node: T, line: number): T {
  const copy = { ...node, position: { start: { line, column: 1 }, end: { line, column: 1 } } };
  if (copy.type === 'inlineCode') copy.value = copy.value.replace(/\\\|/g, '|');
  if ('children' in copy) (copy as { children: RootContent[] }).children = copy.children.map((c) => placed(c, line));
  return copy;
}
