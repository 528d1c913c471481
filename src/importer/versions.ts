import type { Source } from '../schemas/source';
import { ImportError } from './problems';

/** `ms.date` as Microsoft writes it (`7/22/2024`, `07/14/2025`) → `2024-07-22`; anything else stops the import. */
export function msDate(value: unknown, file: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value ?? '').trim());
  const [month, day] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > 31)
    throw new ImportError([
      {
        file,
        line: 1,
        message: `the front matter's ms.date is ${value === undefined ? 'missing' : `"${String(value)}"`}, not a date as M/D/YYYY`,
        fix: 'the import dates each version by ms.date; give a file that has one',
      },
    ]);
  return `${match[3]}-${match[1]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

/** How one upstream version relates to the versions of the same article that content already has. */
export interface Placement {
  source: Source;
  /** The version this one follows: rows it listed and this one does not are "no longer listed". */
  previous: string | null;
  /** Whether this version is new to the content; a run of an imported version again changes nothing. */
  fresh: boolean;
  /** Whether it is older than the newest version imported: it then adds history, never newer text. */
  older: boolean;
}

/**
 * Places a version among the content's versions of the same article (same URL), oldest first by
 * date and `follows`. A version older than the newest one imported is refused unless `allowOlder`.
 */
export function placeVersion(
  source: Source,
  known: Source[],
  allowOlder: boolean,
  where: (id: string) => string,
): Placement | { refused: string } {
  const same = known.filter((s) => s.url === source.url);
  if (same.some((s) => s.id === source.id)) {
    const at = same.find((s) => s.id === source.id)!;
    return { source: at, previous: at.follows ?? null, fresh: false, older: oldestFirst(same).at(-1)!.id !== at.id };
  }
  const timeline = oldestFirst([...same, source]);
  const index = timeline.findIndex((s) => s.id === source.id);
  const newest = oldestFirst(same).at(-1) ?? null;
  const older = index < timeline.length - 1;
  if (older && !allowOlder)
    return {
      refused:
        `this version (${source.date}) is older than ${newest!.id} (${newest!.date ?? 'undated'}), already imported into ${where(newest!.id)}: ` +
        'importing it as the newest would turn its older wordings into rewordings and its missing rows into dropped ones',
    };
  const previous = index > 0 ? timeline[index - 1]!.id : null;
  return { source: { ...source, ...(previous ? { follows: previous } : {}) }, previous, fresh: true, older };
}

/**
 * Versions oldest first by date. An undated version (a copy without ms.date) sorts just before the
 * version that follows it, or, when none does yet, before every dated one: it was there first.
 */
function oldestFirst(sources: Source[]): Source[] {
  const dateOf = (s: Source): string => {
    if (s.date) return s.date;
    const next = sources.find((o) => o.follows === s.id);
    return next ? dateOf(next) : '0000-00-00';
  };
  return [...sources].sort(
    (a, b) =>
      dateOf(a).localeCompare(dateOf(b)) ||
      Number(a.date !== null) - Number(b.date !== null) ||
      a.id.localeCompare(b.id),
  );
}
