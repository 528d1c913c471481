import type { Source } from '../schemas/source';
import type { Change } from './merge';
import type { Upstream } from './read';

interface Report {
  upstream: Upstream;
  source: Source;
  areas: { file: string; changed: boolean; changes: Change[] }[];
  /** Upstream tables without a code column. */
  skipped: string[];
  /** Upstream code tables that no content table imports: new tables to map, never silently dropped. */
  unused: string[];
}

/** The change report of one import, for the terminal and for review. */
export function formatReport({ upstream, source, areas, skipped, unused }: Report): string {
  const lines = [`Imported "${source.title}" (${source.date}) from ${upstream.file} as source ${source.id}.`];
  for (const area of areas) {
    const count = (kind: Change['kind']) => area.changes.filter((c) => c.kind === kind).length;
    lines.push(
      '',
      `${area.file}: ${count('added')} added, ${count('reworded')} reworded, ${count('removed')} no longer listed${area.changed ? '' : ' (file unchanged)'}`,
    );
    for (const c of area.changes) {
      if (c.kind === 'added') lines.push(`  + ${c.numbers}  ${c.after}`);
      if (c.kind === 'removed') lines.push(`  - ${c.numbers}  ${c.after}  (kept, labelled with its last source)`);
      if (c.kind === 'reworded') lines.push(`  ~ ${c.numbers}  “${c.before}” → “${c.after}”`);
    }
  }
  if (skipped.length) lines.push('', `Tables without a code column, not imported: ${skipped.join('; ')}`);
  if (unused.length)
    lines.push(
      '',
      `Upstream code tables that no content table imports (map them in a frontmatter's tables.<id>.upstream): ${unused.join('; ')}`,
    );
  return lines.join('\n');
}
