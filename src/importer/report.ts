import type { Change } from './merge';
import type { Placement } from './versions';

export interface AreaReport {
  file: string;
  changed: boolean;
  created: boolean;
  changes: Change[];
  /** Our tables whose upstream tables this input does not hold. */
  leftAlone: string[];
  /** Whether the import read or wrote any table of the file. */
  touched: boolean;
}

export interface Report {
  learn: { file: string; placement: Placement } | null;
  teams: {
    pages: number;
    entries: number;
    pairs: number;
    joined: number;
    placements: Placement[];
    includes: string[];
  } | null;
  areas: AreaReport[];
  /** Upstream tables without a code column. */
  skipped: string[];
  /** Upstream code tables that no content table imports: new tables to map, never silently dropped. */
  unused: string[];
}

const COUNTED: [Change['kind'], string][] = [
  ['added', 'added'],
  ['reworded', 'reworded'],
  ['removed', 'no longer listed'],
  ['joined', 'joined as a second source'],
  ['listed', 'rows it lists too'],
  ['history', 'earlier wordings added'],
  ['blanked', 'fields blanked'],
];

/** The change report of one import, for the terminal and for review. */
export function formatReport({ learn, teams, areas, skipped, unused }: Report): string {
  const lines: string[] = [];
  if (learn) lines.push(`${learn.file}: ${describe(learn.placement)}.`);
  if (teams)
    lines.push(
      `Read ${teams.pages} Teams pages: ${teams.entries} entries, ${teams.pairs} (SIP, Microsoft code) pairs, ${teams.joined} of them on records other areas already have.`,
      ...teams.placements.filter((p) => p.fresh).map((p) => `  ${describe(p)}`),
    );
  for (const area of areas) {
    const count = (kind: Change['kind']) => area.changes.filter((c) => c.kind === kind).length;
    const counts = COUNTED.filter(([kind], i) => i < 3 || count(kind) > 0).map(
      ([kind, label]) => `${count(kind)} ${label}`,
    );
    lines.push(
      '',
      `${area.file}: ${counts.join(', ')}${area.created ? ' (file created)' : area.changed ? '' : ' (file unchanged)'}`,
    );
    for (const c of area.changes.filter((c) => c.kind !== 'listed')) lines.push(`  ${changeLine(c)}`);
    for (const table of area.leftAlone) lines.push(`  = left alone, not in this input: ${table}`);
  }
  if (teams?.includes.length)
    lines.push(
      '',
      `Include lines of the Teams pages, not entries and not read (their note is quoted in the Direct Routing area's introduction): ${teams.includes.join(', ')}`,
    );
  if (skipped.length) lines.push('', `Tables without a code column, not imported: ${skipped.join('; ')}`);
  if (unused.length)
    lines.push(
      '',
      `Upstream code tables that no content table imports (map them in a frontmatter's tables.<id>.upstream): ${unused.join('; ')}`,
    );
  return lines.join('\n');
}

function describe({ source, fresh, older }: Placement): string {
  const what = `"${source.title}" (${source.date}), source ${source.id}`;
  if (!fresh) return `${what}, imported before: nothing new`;
  return older ? `${what}, older than the newest imported: added to the history only` : `${what}, imported`;
}

function changeLine(c: Change): string {
  switch (c.kind) {
    case 'added':
      return `+ ${c.numbers}  ${c.after}`;
    case 'removed':
      return `- ${c.numbers}  ${c.after}  (kept, labelled with its last source)`;
    case 'reworded':
      return `~ ${c.numbers}  “${c.before}” → “${c.after}”`;
    case 'joined':
      return `& ${c.numbers}  ${c.after}`;
    case 'history':
    case 'listed':
      return `< ${c.numbers}  ${c.after}`;
    case 'blanked':
      return `! ${c.numbers}  ${c.after} blanked (it held “${c.before}”)`;
  }
}
