import type { Source } from '../schemas/source';
import { escapeText } from './cells';
import type { Problems } from './problems';
import type { TeamsEntry } from './teams';

/** One (SIP, Microsoft code) pair of the Teams pages: every entry Microsoft gives it, as one row. */
export interface TeamsRow {
  sip: number;
  microsoft: number;
  /** The entries' phrases: one, or a `- ` line each. */
  message: string;
  /** The entries' suggested actions; where entries differ, each group under the phrases it belongs to. */
  advice: string;
  /** Where the pages disagree with themselves about this pair, in our words. */
  note: string;
  source: Source;
  entries: TeamsEntry[];
}

export const pairOf = (sip: number, microsoft: number) => `${sip}/${microsoft}`;

/**
 * Gathers the entries of each pair into one row, keeping every phrase and every action: the same
 * pair under several headings (504/569002 seven times) is one record, not seven.
 */
export function teamsRows(entries: TeamsEntry[], problems: Problems): TeamsRow[] {
  const byPair = Map.groupBy(entries, (e) => pairOf(e.sip, e.microsoft));
  return [...byPair.values()].flatMap((group): TeamsRow[] => {
    const [first] = group;
    const strays = group.filter((e) => e.source.id !== first!.source.id);
    for (const e of strays)
      problems.add({
        file: e.file,
        line: e.line,
        held: e.held,
        message: `${e.sip}/${e.microsoft} is also on ${first!.file}:${first!.line}, another page: one record cannot follow two articles' versions`,
      });
    if (strays.length) return [];
    const phrases = [...new Set(group.map((e) => e.phrase))];
    return [
      {
        sip: first!.sip,
        microsoft: first!.microsoft,
        message: phrases.length === 1 ? phrases[0]! : phrases.map((p) => `- ${p}`).join('<br>'),
        advice: adviceOf(group),
        note: [...new Set(group.flatMap((e) => e.notes))].map(escapeText).join('<br>'),
        source: first!.source,
        entries: group,
      },
    ];
  });
}

/**
 * The actions of one entry as they stand, or of several grouped by identical actions, each group led by its
 * phrases in quotes: punctuation only, so the cell holds no word that is not Microsoft's.
 */
function adviceOf(group: TeamsEntry[]): string {
  const byActions = Map.groupBy(group, (e) => e.actions.join('<br>'));
  if (byActions.size === 1) return [...byActions.keys()][0]!;
  return [...byActions]
    .map(([actions, entries]) => {
      const phrases = [...new Set(entries.map((e) => `“${e.phrase}”`))];
      return `${phrases.join(', ')}:<br>${actions}`;
    })
    .join('<br>');
}
