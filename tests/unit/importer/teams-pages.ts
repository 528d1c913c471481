import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TEAMS } from './fixtures';

/**
 * The entries of the Teams pages as a plain reading of the files finds them, independent of the
 * importer: what the tests expect comes from here, never typed in.
 */
export interface PageEntry {
  file: string;
  sip: number;
  microsoft: number;
  phrase: string;
  /** Each line of the suggested actions as plain text. */
  actions: string[];
}

export const PAGES = readdirSync(TEAMS)
  .filter((f) => /^microsoft-sip-response-codes-\d+\.md$/.test(f))
  .map((f) => path.join(TEAMS, f));

const plain = (line: string) =>
  line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*|`/g, '')
    .replace(/^\s*-\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

export const ENTRIES: PageEntry[] = PAGES.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split(/^## /m)
    .slice(1)
    .map((block) => {
      const [heading = '', ...lines] = block.split('\n');
      const bullet = (label: string) => Number(new RegExp(`${label}: \\**(\\d+)`).exec(block)?.[1]);
      const after = lines.slice(lines.findIndex((l) => l.includes('Suggested actions:')) + 1);
      return {
        file,
        sip: bullet('SIP response code'),
        microsoft: bullet('Microsoft response code'),
        phrase: heading.replace(/^\d+ \d+ /, '').trim(),
        actions: after.filter((l) => l.trim() && !l.trim().startsWith('```')).map(plain),
      };
    }),
);

export const PAIRS = [...new Set(ENTRIES.map((e) => `${e.sip}/${e.microsoft}`))];
