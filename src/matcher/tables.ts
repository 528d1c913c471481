import { isField } from './fields';

const SEPARATORS = ['\t', '|', ','];
// A header of field names is a short line; a pasted megabyte on one line is not split to find out.
const LONGEST_HEADER = 2_000;

/**
 * Rows copied from Log Analytics or a Markdown table put field names in a header line and the
 * numbers in the same columns of the lines below. Rewrites each such value line as
 * `Field=value Field=value`, so the rest of the matcher reads it like any other log line.
 */
export function unfoldTables(lines: string[]): string[] {
  let header: string[] | null = null;
  let separator = '';
  return lines.map((line) => {
    const cells = header ? splitCells(line, separator) : null;
    if (header && cells && cells.length === header.length) {
      return (
        header
          .map((name, i) => (isField(name) ? `${name}=${cells[i]}` : ''))
          .filter(Boolean)
          .join(' ') || line
      );
    }
    header = null;
    if (line.length > LONGEST_HEADER) return line;
    for (const sep of SEPARATORS) {
      if (!line.includes(sep)) continue;
      const names = splitCells(line, sep);
      if (names.length >= 2 && names.some(isField) && names.every((n) => /^[\w. ]*$/.test(n))) {
        [header, separator] = [names, sep];
        break;
      }
    }
    return line;
  });
}

function splitCells(line: string, separator: string): string[] {
  const cells = line.split(separator).map((c) => c.trim());
  if (separator === '|') return cells.slice(cells[0] === '' ? 1 : 0, cells.at(-1) === '' ? -1 : undefined);
  return cells;
}
