import { parseArea } from '../../src/lib/parse-area';

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
`;

/** Parses a test area whose body is the given Markdown (the frontmatter is 13 lines, so body line n is file line n + 13). */
export function parseBody(body: string, file = 'content/test.md', frontmatterTail = '') {
  return parseArea(`${FRONTMATTER}${frontmatterTail}---\n${body}`, file);
}

export const table = (header: string, ...rows: string[]) =>
  `## Codes\n\n${header}\n${header.replace(/[^|]+/g, ' --- ')}\n${rows.join('\n')}\n`;
