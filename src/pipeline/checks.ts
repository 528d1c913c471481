import type { AreaEntry } from '../schemas/area';
import type { ParsedRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import type { CategoryGuidance } from '../schemas/guidance';
import { actionPieces } from '../records/guidance';
import { areaPath, FIXED_PAGES, guidePath, numberPath } from '../routing/urls';
import type { ContentError } from './errors';

/** Every source version by id; one id must mean the same version in every area that names it. */
export function sourceErrors(areas: AreaEntry[]) {
  const sources = new Map<string, Source>();
  const errors: ContentError[] = [];
  for (const area of areas)
    for (const source of area.frontmatter.sources) {
      const known = sources.get(source.id);
      if (!known) sources.set(source.id, source);
      else if (
        known.date !== source.date ||
        known.url !== source.url ||
        known.title !== source.title ||
        known.follows !== source.follows
      )
        errors.push({
          file: area.file,
          line: 1,
          message: `source "${source.id}" differs from the one with the same id in another area`,
          fix: 'give both the same title, url, date and follows, or a new id',
        });
    }
  for (const source of sources.values())
    if (source.follows && !sources.has(source.follows))
      errors.push({
        file: areas.find((a) => a.frontmatter.sources.includes(source))!.file,
        line: 1,
        message: `source "${source.id}" follows "${source.follows}", which no area defines`,
        fix: 'name an existing source id',
      });
  return { sources, errors };
}

/** One error per row that would share its URL with an earlier row, naming both and how to tell them apart. */
export function collisionErrors(
  collisions: { url: string; records: ParsedRecord[] }[],
  sources: Map<string, Source>,
): ContentError[] {
  const firstListed = (r: ParsedRecord) => Math.min(...r.listedIn.map((id) => [...sources.keys()].indexOf(id)));
  return collisions.flatMap(({ url, records }) => {
    const [kept, ...newer] = [...records].sort((a, b) => firstListed(a) - firstListed(b) || a.line - b.line);
    return newer.map((r) => ({
      file: r.file,
      line: r.line,
      message: `URL ${url} would be shared by this row (table "${r.table}") and line ${kept!.line} of ${kept!.file} (table "${kept!.table}"), which keeps it`,
      fix:
        r.tableSlug === kept!.tableSlug || r.area !== kept!.area
          ? 'merge the two rows into one'
          : `merge the rows, or give this row's table a route: tables.${r.tableSlug}.route in the frontmatter`,
    }));
  });
}

/** Every page says what to do: a record without advice needs general guidance for its category or class. */
export function guidanceErrors(
  areas: AreaEntry[],
  records: ParsedRecord[],
  categories: CategoryGuidance | null,
): ContentError[] {
  const bySlug = new Map(areas.map((a) => [a.slug, a]));
  const missing = new Map<string, ParsedRecord>();
  for (const record of records) {
    if (record.advice || record.guidance) continue;
    const area = bySlug.get(record.area)!;
    if (actionPieces(record, area, categories).length === 0)
      missing.set(`${record.area}:${record.code === null ? 'subcode' : record.code}`, record);
  }
  return [...missing.values()].map((r) => ({
    file: r.file,
    line: r.line,
    message: `this row has no advice, and nothing general says what to do about it`,
    fix: `add "classes" guidance for its code class to the frontmatter of ${r.file}, or a result category`,
  }));
}

/** A link from content to a page of this site must reach a page the build makes. */
export function siteLinkErrors(
  links: { path: string; file: string; line: number }[],
  records: { url: string; area: string; code: number | null; subcode: number | null }[],
  guides: string[],
): ContentError[] {
  const pages = new Set<string>([
    ...FIXED_PAGES,
    ...records.flatMap((r) => [
      r.url,
      areaPath(r.area),
      ...[r.code, r.subcode].flatMap((n) => (n === null ? [] : [numberPath(n)])),
    ]),
    ...guides.map((g) => guidePath(g.split('/')[0]!, g.split('/')[1]!)),
  ]);
  return links
    .filter((link) => !pages.has(link.path))
    .map((link) => ({
      file: link.file,
      line: link.line,
      message: `link "${link.path}" points to no page of this site`,
      fix: 'check the path, or link to an absolute https:// address',
    }));
}
