import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AreaEntry } from '../schemas/area';
import type { AreaWord } from '../schemas/area-word';
import type { CategoryGuidance } from '../schemas/guidance';
import type { CodeRecord, ParsedRecord } from '../schemas/record';
import type { Source } from '../schemas/source';
import { assignUrls } from '../routing/urls';
import { parseArea } from './area';
import { ContentErrors, type ContentError } from './errors';
import { listContent } from './files';
import { areaWordErrors, sdkNamesOf, unmatchedNameErrors } from './sdk-names';
import { checkGuide } from './guides';
import { readShared, type Redirect, type ReportRow } from './shared';
import { collisionErrors, guidanceErrors, siteLinkErrors, sourceErrors } from './checks';
import { contradictionErrors } from '../records/contradictions';

/** Everything the site is built from, checked as a whole. */
export interface Catalogue {
  areas: AreaEntry[];
  records: CodeRecord[];
  categories: CategoryGuidance | null;
  /** Every source version, by id. */
  sources: Map<string, Source>;
  /** Old paths that redirect to new ones. */
  redirects: Redirect[];
  /** Words in pasted text that name an area (`shared/area-words.md`). */
  areaWords: AreaWord[];
}

/** Reads `content/` into the catalogue; throws ContentErrors listing every problem of every file. */
export async function loadContent(dir: string, options: { base?: string } = {}): Promise<Catalogue> {
  const files = await listContent(dir);
  const errors: ContentError[] = [...files.errors];
  const relative = (file: string) => path.join(path.basename(dir), path.basename(file));
  const parsed = await Promise.all(files.areas.map(async (f) => parseArea(await readFile(f), relative(f), options)));
  const shared = await Promise.all(files.shared.map((f) => readShared(f, options.base)));
  const guides = await Promise.all(
    files.guideFiles.map(async (f, i) =>
      checkGuide(
        await readFile(f),
        path.join(path.basename(dir), 'guides', path.relative(path.join(dir, 'guides'), f)),
        files.guides[i]!.split('/')[0]!,
      ),
    ),
  );
  errors.push(...parsed.flatMap((p) => p.errors), ...shared.flatMap((s) => s.errors), ...guides.flat());
  // A file that could not be read at all would make every check across files report noise.
  if (parsed.some((p) => !p.area)) throw new ContentErrors(errors);
  const areas = parsed
    .flatMap((p) => (p.area ? [p.area] : []))
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
  const { sources, errors: sourceProblems } = sourceErrors(areas);
  errors.push(...sourceProblems);
  const routed = assignUrls(areas.flatMap((a) => a.records));
  errors.push(...collisionErrors(routed.collisions, sources));
  const reports = shared.flatMap((s) => s.reports ?? []);
  const sdkNames = shared.flatMap((s) => s.sdkNames ?? []);
  const records = routed.records.map((r, order) => ({
    ...r,
    order,
    reports: reportsOf(r, reports),
    names: sdkNamesOf(r, sdkNames),
  }));
  // A table or row that could not be read has no records yet: what points at them is not reported missing.
  const complete = parsed.every((p) => p.errors.length === 0);
  if (complete) errors.push(...unmatchedNameErrors(sdkNames, records));
  const areaWords = shared.flatMap((s) => s.areaWords ?? []);
  errors.push(
    ...areaWordErrors(
      areaWords,
      areas.map((a) => a.slug),
    ),
  );
  for (const report of reports.filter((rep) => complete && !records.some((r) => matches(r, rep))))
    errors.push({
      file: report.file,
      line: report.line,
      message: `the report for ${report.area} ${[report.code, report.subcode].filter((n) => n !== null).join('/')} matches no record`,
      fix: 'check the area slug and the numbers',
    });
  if (complete)
    errors.push(
      ...siteLinkErrors(
        areas.flatMap((a) => a.siteLinks),
        records,
        files.guides,
      ),
    );
  const categories = shared.find((s) => s.categories)?.categories ?? null;
  errors.push(...guidanceErrors(areas, records, categories));
  errors.push(...contradictionErrors(areas, records, categories));
  if (errors.length > 0) throw new ContentErrors(errors);
  const redirects = shared.flatMap((s) => s.redirects ?? []);
  return {
    areas: areas.map(({ records: _r, siteLinks: _s, ...area }) => area),
    records,
    categories,
    sources,
    redirects,
    areaWords,
  };
}

const matches = (r: ParsedRecord, rep: ReportRow) =>
  r.area === rep.area && r.code === rep.code && r.subcode === rep.subcode;

function reportsOf(record: ParsedRecord, reports: ReportRow[]): CodeRecord['reports'] {
  return reports
    .filter((rep) => matches(record, rep))
    .map(({ url, date, summary, summaryHtml }) => ({ url, date, summary, summaryHtml }));
}
