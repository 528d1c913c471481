import { writeFile } from 'node:fs/promises';
import type { Source } from '../schemas/source';
import { chronological } from '../records/history';
import { writeAreaFile } from './area-file';
import { finish, readContent, type Content } from './content';
import { importTables } from './import-tables';
import { classifyInputs } from './input';
import type { MergeState } from './merge';
import { Problems } from './problems';
import { readUpstream } from './read';
import { formatReport } from './report';
import { upstreamTables } from './tables';
import { readTeamsPages } from './teams';
import { importTeams } from './teams-import';
import { teamsRows, type TeamsRow } from './teams-rows';
import { TEAMS_TABLE } from './teams-table';
import { placeVersion, type Placement } from './versions';

export interface ImportOptions {
  /** Accept a version older than the newest imported: it adds history, never newer text. */
  allowOlder?: boolean;
  /** Accept fields that had a value and that the new version leaves empty; the report lists them. */
  allowBlank?: boolean;
}

/**
 * Imports the upstream tables at the given paths (the ACS article, Teams pages, or both) into the
 * area files of `contentDir`; returns the change report. Nothing is written unless everything could
 * be read and placed: any problem stops the import with the file and line it comes from.
 */
export async function runImport(
  paths: string | string[],
  contentDir: string,
  options: ImportOptions = {},
): Promise<string> {
  const inputs = await classifyInputs([paths].flat());
  const problems = new Problems();
  const learn = inputs.learn ? await readUpstream(inputs.learn) : null;
  const learnTables = learn ? upstreamTables(learn.tree, learn, problems) : { tables: [], skipped: [] };
  const teams = await readTeamsPages(inputs.teams, inputs.commits, problems);
  const rows = teamsRows(teams.entries, problems);
  const contents = await readContent(contentDir, problems);
  const known = contents.flatMap((c) => c.area.sources);
  const versions: { source: Source; file: string }[] = [
    ...(learn
      ? [
          {
            source: { id: `learn-${learn.date}`, title: learn.title, url: learn.url, date: learn.date },
            file: learn.file,
          },
        ]
      : []),
    ...[...new Map(rows.map((r) => [r.source.id, { source: r.source, file: r.entries[0]!.file }])).values()],
  ];
  const placements = new Map<string, Placement>();
  for (const { source, file } of versions) {
    const holders = (id: string) =>
      contents.filter((c) => c.area.sources.some((s) => s.id === id)).map((c) => c.area.file);
    const placed = placeVersion(source, known, Boolean(options.allowOlder), (id) => holders(id).join(', '));
    if ('refused' in placed)
      problems.add({ file, message: placed.refused, fix: 'to add it to the history instead, run again with --older' });
    else placements.set(source.id, placed);
  }
  problems.throwIfAny();

  const order = sourceOrder([...known, ...[...placements.values()].map((p) => p.source)]);
  const stateOf = (content: Content): MergeState => ({
    file: content.area.file,
    placements,
    known: new Set(content.area.sources.map((s) => s.id)),
    order,
    placed: new Map(),
    changes: content.report.changes,
    problems,
    allowBlank: Boolean(options.allowBlank),
    used: new Set(),
  });
  const used = new Set<string>();
  if (learn) {
    const upstream = new Map(learnTables.tables.map((t) => [t.slug, t]));
    for (const content of contents) {
      const state = stateOf(content);
      const result = importTables(content.area, upstream, placements.get(`learn-${learn.date}`)!.source, state);
      if (result.used.length > 0 || result.leftAlone.length > 0) content.report.touched = true;
      result.used.forEach((t) => used.add(t));
      // The Teams table is imported next, when this run has Teams pages.
      content.report.leftAlone.push(...result.leftAlone.filter((t) => !(rows.length && t.includes(TEAMS_TABLE))));
      finish(content, state, placements);
    }
  }
  let joined: TeamsRow[] = [];
  if (rows.length > 0) joined = importTeams(contents, rows, contentDir, stateOf, placements, problems);
  problems.throwIfAny();

  for (const content of contents) {
    const text = writeAreaFile(content.area);
    content.report.changed = text !== content.original;
    if (content.report.changed) await writeFile(content.path, text);
  }
  const unused = learnTables.tables.filter((t) => !used.has(t.slug)).map((t) => t.title);
  return formatReport({
    learn: learn ? { file: learn.file, placement: placements.get(`learn-${learn.date}`)! } : null,
    teams: rows.length
      ? {
          pages: inputs.teams.length,
          entries: teams.entries.length,
          pairs: rows.length,
          joined: joined.length,
          placements: [...placements.values()].filter((p) => p.source.id.startsWith('teams-')),
          includes: teams.includes,
        }
      : null,
    areas: contents.filter((c) => c.report.touched).map((c) => c.report),
    skipped: learnTables.skipped,
    unused,
  });
}

/** Source ids oldest first, as pages order them; ids content does not define keep their place at the end. */
function sourceOrder(sources: Source[]): (ids: string[]) => string[] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const rank = new Map(chronological(unique).map((t, i) => [t.source.id, i]));
  return (ids) => [...new Set(ids)].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || 0);
}
