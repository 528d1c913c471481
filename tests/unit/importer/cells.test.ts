import type { PhrasingContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { cellMarkdown } from '../../../src/importer/cells';
import { parseMarkdown } from '../../../src/pipeline/markdown';

const cellOf = (markdown: string) => {
  const [table] = parseMarkdown(`| x |\n| --- |\n| ${markdown} |\n`).children;
  return (table?.type === 'table' ? table.children[1]!.children[0]!.children : []) as PhrasingContent[];
};

describe('cellMarkdown', () => {
  test.each([
    ['plain text', 'Call ended.', 'Call ended.'],
    ['a pipe', 'left \\| right', 'left \\| right'],
    ['code with a pipe', '`a \\| b`', '`a \\| b`'],
    ['line breaks in every spelling', 'one<br/>two<br />three<br>four', 'one<br>two<br>three<br>four'],
    ['list lines', 'Causes:<br> - a<br>  - b', 'Causes:<br>- a<br>- b'],
    ['raw HTML other than <br>', 'links</li></ul>', 'links'],
    ['a link', '[docs](https://learn.microsoft.com/a)', '[docs](https://learn.microsoft.com/a)'],
    ['an autolink', '<https://en.wikipedia.org/wiki/E.164>', '<https://en.wikipedia.org/wiki/E.164>'],
    ['emphasis keeps its words, escaped stars stay stars', '**bold** and \\*star\\*', 'bold and \\*star\\*'],
    ['a tab', 'a\tb', 'a b'],
  ])('%s', (_, markdown, expected) => {
    expect(cellMarkdown(cellOf(markdown))).toBe(expected);
  });

  test('reads back as what it wrote', () => {
    const once = cellMarkdown(cellOf('See [x](https://a.example/?a=1&b=2) and `c | d` *e* 50% \\_f\\_ <br/> - g'));
    expect(cellMarkdown(cellOf(once))).toBe(once);
  });
});
