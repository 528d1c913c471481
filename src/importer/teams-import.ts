import { existsSync } from 'node:fs';
import path from 'node:path';
import { readAreaFile } from './area-file';
import { contentOf, finish, type Content } from './content';
import { importTables } from './import-tables';
import { joinTeams, pairsOf } from './join';
import type { MergeState } from './merge';
import type { Problems } from './problems';
import { shown } from './shown';
import { TEAMS_AREA, TEAMS_AREA_FILE, updateElsewhere } from './teams-area';
import { pairOf, type TeamsRow } from './teams-rows';
import { sipCauses, TEAMS_TABLE, teamsTable } from './teams-table';
import type { Placement } from './versions';

/**
 * The Teams pairs: those that an ACS table of another area already documents join that record as
 * a second source; the rest are the rows of the Direct Routing area, made from a template if missing.
 */
export function importTeams(
  contents: Content[],
  rows: TeamsRow[],
  contentDir: string,
  stateOf: (c: Content) => MergeState,
  placements: Map<string, Placement>,
  problems: Problems,
): TeamsRow[] {
  const importsTeams = (c: Content) =>
    Object.values(c.area.settings).some((s) => s.upstream?.some((u) => u.table === TEAMS_TABLE));
  let home = contents.find(importsTeams);
  if (!home) {
    const file = path.join(contentDir, TEAMS_AREA_FILE);
    if (existsSync(file)) {
      problems.add({
        file: shown(file),
        line: 1,
        message: `no table of content imports the Teams pages, and ${TEAMS_AREA_FILE}, where the import would create one, already exists`,
        fix: `add "- table: ${TEAMS_TABLE}" to a table's upstream list in its frontmatter`,
      });
      return [];
    }
    home = contentOf(file, null, readAreaFile(TEAMS_AREA, shown(file))!);
    contents.push(home);
  }
  const elsewhere = new Map<string, string>();
  for (const c of contents.filter((c) => c !== home))
    for (const [pair, where] of pairsOf(c.area)) elsewhere.set(pair, where);
  const byPair = new Map(rows.map((r) => [pairOf(r.sip, r.microsoft), r]));
  for (const pair of pairsOf(home.area).keys())
    if (byPair.has(pair) && elsewhere.has(pair))
      problems.add({
        file: home.area.file,
        message: `${pair} is a row here and in ${elsewhere.get(pair)}: the Teams text would be on two records`,
        fix: `delete the row from ${home.area.file} and redirect its page to the other record in content/shared/redirects.md`,
      });
  const joined = rows.filter((r) => elsewhere.has(pairOf(r.sip, r.microsoft)));
  const joinedPairs = new Map(joined.map((r) => [pairOf(r.sip, r.microsoft), r]));
  for (const content of contents.filter((c) => c !== home && c.area.codeSpace === 'acs')) {
    const state = stateOf(content);
    if (joinTeams(content.area, joinedPairs, state).size > 0) content.report.touched = true;
    finish(content, state, placements);
  }
  const own = rows.filter((r) => !joinedPairs.has(pairOf(r.sip, r.microsoft)));
  const state = stateOf(home);
  const table = teamsTable(own, sipCauses(contents.map((c) => c.area)));
  importTables(home.area, new Map([[TEAMS_TABLE, table]]), null, state);
  home.report.touched = true;
  updateElsewhere(home.area, joined);
  finish(home, state, placements);
  return joined;
}
