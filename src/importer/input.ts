import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from './problems';
import { findLearnArticle, INCLUDE_ORDER } from './read';
import { TEAMS_PAGE } from './teams';
import { TEAMS_FOLDER } from './teams-links';

/** What the paths given to `npm run import` hold. */
export interface Inputs {
  /** A checkout, article, folder of include files or one include file of the ACS article. */
  learn: string | null;
  /** Teams "SIP NNN and Microsoft response codes" pages, sorted. */
  teams: string[];
  /** The commit each Teams page was copied at, by file name, from a README table next to them. */
  commits: Map<string, string>;
}

/** Sorts the paths given into the ACS article and the Teams pages; anything else stops with a clear message. */
export async function classifyInputs(paths: string[]): Promise<Inputs> {
  const inputs: Inputs = { learn: null, teams: [], commits: new Map() };
  for (const input of paths) {
    if (!existsSync(input))
      throw new ImportError([{ file: input, message: 'no such file or folder', fix: 'check the path' }]);
    const folder = (await stat(input)).isDirectory();
    const teamsFolder = folder ? await pagesFolder(input) : null;
    const pages = teamsFolder
      ? (await readdir(teamsFolder)).filter((f) => TEAMS_PAGE.test(f)).map((f) => path.join(teamsFolder, f))
      : TEAMS_PAGE.test(path.basename(input))
        ? [input]
        : [];
    const learn = folder ? await findLearnArticle(input) : null;
    const isLearn = folder ? Boolean(learn!.article || learn!.includes.length) : pages.length === 0;
    if (!isLearn && pages.length === 0)
      throw new ImportError([
        {
          file: input,
          message: `holds neither the ACS troubleshooting-codes article (or its include files ${INCLUDE_ORDER.join(', ')}) nor Teams pages microsoft-sip-response-codes-NNN.md`,
          fix: 'give a checkout of MicrosoftDocs/azure-docs or MicrosoftDocs/SupportArticles-docs, or a folder or file of either',
        },
      ]);
    if (isLearn && inputs.learn)
      throw new ImportError([
        {
          file: input,
          message: `a second copy of the ACS article; ${inputs.learn} is the first`,
          fix: 'import one version at a time',
        },
      ]);
    if (isLearn) inputs.learn = input;
    inputs.teams.push(...pages);
    if (teamsFolder) for (const [file, commit] of await readCommits(teamsFolder)) inputs.commits.set(file, commit);
  }
  inputs.teams = [...new Set(inputs.teams)].sort((a, b) => path.basename(a).localeCompare(path.basename(b)));
  return inputs;
}

/** The folder itself or, in a checkout of SupportArticles-docs, its Direct Routing folder: whichever holds Teams pages. */
async function pagesFolder(input: string): Promise<string | null> {
  for (const folder of [input, path.join(input, TEAMS_FOLDER)])
    if (existsSync(folder) && (await readdir(folder)).some((f) => TEAMS_PAGE.test(f))) return folder;
  return null;
}

/** `file | commit` rows of a Markdown table in the folder's README.md: which commit each copy was taken at. */
async function readCommits(folder: string): Promise<Map<string, string>> {
  const readme = path.join(folder, 'README.md');
  if (!existsSync(readme)) return new Map();
  const rows = (await readFile(readme, 'utf8')).split('\n').map((l) => l.split('|').map((c) => c.trim()));
  const header = rows.find((cells) => cells.includes('file') && cells.includes('commit'));
  if (!header) return new Map();
  const [file, commit] = [header.indexOf('file'), header.indexOf('commit')];
  const strip = (cell = '') => cell.replace(/`/g, '').replace(/\s.*$/, '');
  return new Map(
    rows
      .filter((cells) => /^[0-9a-f]{40}$/.test(strip(cells[commit])) && TEAMS_PAGE.test(strip(cells[file])))
      .map((cells) => [strip(cells[file]), strip(cells[commit])]),
  );
}
