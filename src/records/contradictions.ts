import type { ContentError } from '../pipeline/errors';
import type { AreaEntry } from '../schemas/area';
import type { CategoryGuidance } from '../schemas/guidance';
import type { CodeRecord } from '../schemas/record';
import { actionPieces, meaningPieces, type GuidedRecord, type Piece } from './guidance';
import { INTENT_MEANINGS, opposed } from './intents';
import { numbersLabel } from './label';

type CheckedRecord = GuidedRecord & Pick<CodeRecord, 'area' | 'subcode' | 'file' | 'line'>;

interface Placed {
  piece: Piece;
  part: 'meaning' | 'action';
}

/** Where a general piece is written: the categories file or the area's frontmatter. */
function declaredAt({ piece, part }: Placed, record: CheckedRecord): string {
  const dir = record.file.includes('/') ? record.file.slice(0, record.file.lastIndexOf('/') + 1) : '';
  if (piece.scope === 'category') return `${dir}shared/categories.md, categories.${piece.about}.${part}`;
  if (piece.scope === 'class') return `the frontmatter of ${record.file}, classes.${piece.about}`;
  return `the row's ${piece.scope} text`;
}

/** Every piece a record's page shows that declares what it tells the reader. */
function declaring(record: CheckedRecord, area: AreaEntry, categories: CategoryGuidance | null): Placed[] {
  const placed: Placed[] = [];
  for (const piece of meaningPieces(record, area, categories))
    if (piece.intents.length > 0) placed.push({ piece, part: 'meaning' });
  for (const piece of actionPieces(record, area, categories))
    if (piece.intents.length > 0) placed.push({ piece, part: 'action' });
  return placed;
}

/**
 * A page must never tell the reader two opposite things (retry, and do not resend; nothing is wrong,
 * and your request was wrong). Compares the intents that the content declares for every piece a
 * record's page shows, and reports each page that would hold an opposite pair, at the record's row.
 */
export function contradictionErrors(
  areas: AreaEntry[],
  records: CheckedRecord[],
  categories: CategoryGuidance | null,
): ContentError[] {
  const bySlug = new Map(areas.map((a) => [a.slug, a]));
  return records.flatMap((record) => {
    const area = bySlug.get(record.area);
    if (!area) return [];
    const placed = declaring(record, area, categories);
    const clashes = placed.flatMap((a, i) =>
      placed.slice(i).flatMap((b) => opposed(a.piece.intents, b.piece.intents).map((pair) => ({ a, b, pair }))),
    );
    return clashes.map(({ a, b, pair: [x, y] }) => ({
      file: record.file,
      line: record.line,
      message:
        `the page of ${numbersLabel(record)} would tell the reader opposite things: ` +
        `${declaredAt(a, record)} says "${x}" (${INTENT_MEANINGS[x]}), ${a === b ? 'and the same text' : declaredAt(b, record)} says "${y}" (${INTENT_MEANINGS[y]})`,
      fix: 'give this row its own Advice or Guidance, or reword one of the two texts and its intents so that they agree',
    }));
  });
}
