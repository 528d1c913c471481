import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Match } from '../../../src/matcher/rank';

/**
 * The corpus of real pastes in tests/fixtures/pastes: each file names its public source, says what
 * the lookup should do with it, and holds the paste verbatim after a `---` line.
 */
export interface Paste {
  name: string;
  source: string;
  /** The URL the lookup opens, or null when it must open nothing. */
  opens: string | null;
  /** Each code it reads, in paste order: `acs 500/9999 subcode call-automation` (see `readLine`). */
  reads: string[];
  text: string;
}

const DIR = path.resolve('tests/fixtures/pastes');

export function loadCorpus(): Paste[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(DIR, file), 'utf8');
      const cut = raw.indexOf('\n---\n');
      const head = parse(raw.slice(0, cut)) as { source: string; opens: string; reads: string[] | 'nothing' };
      return {
        name: file.replace(/\.txt$/, ''),
        source: head.source,
        opens: head.opens === 'nothing' ? null : head.opens,
        reads: head.reads === 'nothing' ? [] : head.reads,
        // The file ends with a newline that the paste did not have.
        text: raw.slice(cut + 5).replace(/\n$/, ''),
      };
    });
}

/**
 * One code as the corpus writes it: its space, its numbers (`code/subcode`, `~n` for a number given
 * alone), how often the paste reports it, the best match's quality, and the area of the first record
 * listed (`-` when none is).
 */
export function readLine(m: Match): string {
  const o = m.observation;
  const numbers = o.either !== null ? `~${o.either}` : `${o.code ?? '-'}/${o.subcode ?? '-'}`;
  const first = m.whole[0] ?? m.partial[0]?.entries[0];
  return [o.space, numbers, ...(o.count > 1 ? [`×${o.count}`] : []), m.best ?? 'none', first?.area ?? '-'].join(' ');
}
