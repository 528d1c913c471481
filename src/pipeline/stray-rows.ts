import type { Root } from 'mdast';
import type { Fail } from './errors';

/**
 * A table ends at the first line that is not a row: a blank line, a comment, `>`, `#`, a fence or
 * `---` cuts it, and the rows after it would silently become a paragraph. Every line that starts
 * with "|" must therefore lie inside a table.
 */
export function checkStrayRows(tree: Root, lines: string[], fail: Fail): void {
  const rangeOf = (node: Root['children'][number]) => [node.position!.start.line, node.position!.end.line] as const;
  const tables = tree.children.filter((node) => node.type === 'table').map(rangeOf);
  // Frontmatter lines are YAML, not prose.
  const covered = [...tables, ...tree.children.filter((node) => node.type === 'yaml').map(rangeOf)];
  const inTable = (n: number) => covered.some(([start, end]) => n >= start && n <= end);
  let n = 0;
  while (n < lines.length) {
    const line = n + 1;
    if (!/^\s*\|/.test(lines[n]!) || inTable(line)) {
      n++;
      continue;
    }
    let last = line;
    while (last < lines.length && /^\s*\|/.test(lines[last]!) && !inTable(last + 1)) last++;
    const previous = tables.filter(([, end]) => end < line).at(-1);
    const count = last - line + 1;
    const what = count === 1 ? 'this line starts with "|" but is' : `lines ${line}–${last} start with "|" but are`;
    if (previous) {
      const cut = previous[1] + 1;
      const cutter = lines[cut - 1]!.trim() === '' ? 'a blank line' : `"${lines[cut - 1]!.trim().slice(0, 40)}"`;
      fail(
        line,
        `${what} not part of the table above: it ends at line ${previous[1]}, cut by ${cutter} at line ${cut}`,
        `remove line ${cut} or move it below the table`,
      );
    } else {
      fail(
        line,
        `${what} not part of a table`,
        'a table needs a header row and a "| --- |" delimiter row right below it',
      );
    }
    n = last;
  }
}
