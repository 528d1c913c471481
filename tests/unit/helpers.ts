import { parseArea } from '../../src/pipeline/area';
import { formatError } from '../../src/pipeline/errors';

export const FRONTMATTER = `---
title: Test area
description: Codes for tests.
order: 1
appearsIn:
  - field: error.code
    description: The code of the error.
sources:
  - id: s1
    title: A source
    url: https://learn.microsoft.com/en-us/azure/communication-services/
    date: "2024-01-01"
# columns
`;

/** Body line n is file line n + BODY_OFFSET. */
export const BODY_OFFSET = FRONTMATTER.split('\n').length;

/**
 * Parses a test area whose body is the given Markdown. Unless the given frontmatter mentions
 * `columns` (to declare them, or `# no columns` to declare none), the declared columns are those of
 * the body's first table header, as a maintainer would declare them (on the line `# columns`
 * holds, so that line numbers stay the same).
 */
export function parse(body: string, options: { file?: string; frontmatter?: string } = {}) {
  const extra = options.frontmatter ?? '';
  const header = /^\|(.*)\|\s*\n\|[\s|:-]+\|?\s*$/m.exec(body)?.[1];
  const frontmatter =
    /columns/.test(extra) || !header
      ? FRONTMATTER
      : FRONTMATTER.replace(
          '# columns',
          `columns: [${header
            .split('|')
            .map((c) => c.trim())
            .join(', ')}]`,
        );
  return parseArea(Buffer.from(`${frontmatter}${extra}---\n${body}`), options.file ?? 'content/test.md');
}

export const errorsOf = (body: string, options?: Parameters<typeof parse>[1]) =>
  parse(body, options).errors.map(formatError);

export function recordsOf(body: string, options?: Parameters<typeof parse>[1]) {
  const { area, errors } = parse(body, options);
  if (errors.length > 0) throw new Error(errors.map(formatError).join('\n'));
  return area!.records;
}

export const table = (header: string, ...rows: string[]) =>
  `## Codes\n\n${header}\n${header.replace(/[^|]+/g, ' --- ')}\n${rows.join('\n')}\n`;
export const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;

/** The file line of the first row of `table(...)`. */
export const FIRST_ROW = BODY_OFFSET + 5;
