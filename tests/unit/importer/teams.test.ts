import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { TEAMS_ACTIONS, TEAMS_MESSAGE } from '../../../src/importer/join';
import { Problems } from '../../../src/importer/problems';
import { runImport } from '../../../src/importer/run';
import { readTeamsPages } from '../../../src/importer/teams';
import { teamsRows } from '../../../src/importer/teams-rows';
import { loadContent } from '../../../src/pipeline/load';
import type { CodeRecord } from '../../../src/schemas/record';
import { removeScratch, scratchDir } from '../../scratch';
import { FIXTURE, inputCopy, lineOf, NEWEST, problemsOf, snapshot, TEAMS } from './fixtures';
import { ENTRIES, PAGES, PAIRS } from './teams-pages';

afterAll(removeScratch);

const SLOW = { timeout: 120_000 };
const { records } = await loadContent('content');
const flat = (text: string) => text.replace(/\s+/g, ' ');
const extra = (r: CodeRecord, label: string) => r.extra.find((e) => e.label === label)?.text ?? '';
const teamsSource = (r: CodeRecord) => r.listedIn.some((id) => id.startsWith('teams-'));
/** The records of content/ that carry a Teams pair. */
const carrying = (pair: string) => records.filter((r) => r.codeSpace === 'acs' && `${r.code}/${r.subcode}` === pair);

describe('reading the Teams pages', () => {
  test('reads every entry of every page, filed under the numbers of its bullets', async () => {
    const problems = new Problems();
    const { entries } = await readTeamsPages(PAGES, new Map(), problems);
    expect(problems.list).toEqual([]);
    expect(entries.map((e) => [e.sip, e.microsoft])).toEqual(ENTRIES.map((e) => [e.sip, e.microsoft]));
    expect(teamsRows(entries, problems).map((r) => `${r.sip}/${r.microsoft}`)).toEqual(PAIRS);
  });

  test('keeps the 500 entry whose heading says 540500 under its bullet’s 510544, with a note', () => {
    const quirk = ENTRIES.find((e) => e.phrase.includes('Duplicate CreateCallAsync'))!;
    const [record] = carrying(`${quirk.sip}/${quirk.microsoft}`);
    expect(record!.message).toContain(quirk.phrase);
    expect(record!.note).toMatch(/headed “540500 500 Internal Server Error - Duplicate CreateCallAsync request”/);
  });

  test('flags the 415 page whose introduction names another Microsoft code than its entry', async () => {
    const page = PAGES.find((p) => p.endsWith('-415.md'))!;
    const named = /Microsoft response code (\d+)\./.exec(await readFile(page, 'utf8'))![1]!;
    const entry = ENTRIES.find((e) => e.file === page)!;
    expect(named).not.toBe(String(entry.microsoft));
    expect(carrying(`${entry.sip}/${entry.microsoft}`)[0]!.note).toContain(named);
  });

  test('names the include lines it leaves unread, without stopping', async () => {
    const includes = (await Promise.all(PAGES.map((p) => readFile(p, 'utf8')))).join('\n').match(/^\[!INCLUDE/gm)!;
    const { includes: reported } = await readTeamsPages(PAGES, new Map(), new Problems());
    expect(reported).toHaveLength(includes.length);
  });

  test.each([
    [
      'a missing bullet',
      (t: string) => t.replace('- SIP response code: **403**\n', ''),
      /expected the bullet "SIP response code: <number>"/,
    ],
    [
      'a bullet it does not know',
      (t: string) =>
        t.replace('- SIP response code: **403**\n', '- SIP response code: **403**\n- Q.850 cause: **21**\n'),
      /expected the bullet "Suggested actions:"|a bullet after "Suggested actions"/,
    ],
    [
      'a table in the suggested actions',
      (t: string) =>
        t.replace(
          '  - Check whether the user is limited',
          '    | a | b |\n    | - | - |\n    | 1 | 2 |\n\n  - Check whether the user is limited',
        ),
      /a table in the suggested actions/,
    ],
    [
      'a heading without numbers',
      (t: string) => t.replace('## 10199 403 Call rejected', '## Call rejected'),
      /an entry heading that is not/,
    ],
  ])('stops with the page and line at %s', async (_, edit, message) => {
    const input = await inputCopy(TEAMS);
    const page = path.join(input, 'microsoft-sip-response-codes-403.md');
    await writeFile(page, edit(await readFile(page, 'utf8')));
    const problems = await problemsOf(runImport(page, await scratchContent()));
    expect(problems).toContainEqual(expect.objectContaining({ file: page, message: expect.stringMatching(message) }));
    expect(problems.every((p) => p.file === page && p.line! > 0)).toBe(true);
  });
});

describe('the Teams pairs in content/', () => {
  test('each pair is one record: its Direct Routing record, or the records that already documented it', () => {
    for (const pair of PAIRS) {
      const found = carrying(pair);
      const own = found.filter((r) => r.area === 'direct-routing');
      if (own.length) expect(found, pair).toHaveLength(1);
      else expect(found.length > 0 && found.every((r) => teamsSource(r) && extra(r, TEAMS_MESSAGE)), pair).toBe(true);
    }
  });

  test('keeps every phrase and every suggested action of every entry', () => {
    for (const entry of ENTRIES)
      for (const r of carrying(`${entry.sip}/${entry.microsoft}`)) {
        const own = r.area === 'direct-routing';
        expect(flat(own ? r.message : extra(r, TEAMS_MESSAGE))).toContain(entry.phrase);
        const actions = flat(own ? r.advice : extra(r, TEAMS_ACTIONS));
        for (const line of entry.actions) expect(actions, `${entry.file}: ${entry.phrase}`).toContain(line);
      }
  });

  test('links each Direct Routing record to its SIP response and the Q.850 causes the SIP table gives it', () => {
    const sip = new Map(records.filter((r) => r.codeSpace === 'sip').map((r) => [r.code, r]));
    for (const r of records.filter((r) => r.area === 'direct-routing')) {
      expect(r.corresponds.sip).toEqual([r.code]);
      expect(r.corresponds.q850).toEqual(sip.get(r.code)!.corresponds.q850);
    }
  });
});

describe('importing the Teams pages', SLOW, () => {
  test('creates the Direct Routing area when no table imports them, and a second run changes nothing', async () => {
    const dir = await scratchContent();
    const report = await runImport(TEAMS, dir);
    expect(report).toContain('direct-routing.md: ');
    const { records: built } = await loadContent(dir);
    const pstn = new Set(built.filter((r) => r.area === 'pstn').map((r) => `${r.code}/${r.subcode}`));
    expect(built.filter((r) => r.area === 'direct-routing')).toHaveLength(PAIRS.filter((p) => !pstn.has(p)).length);
    const once = await snapshot(dir);
    await runImport(TEAMS, dir);
    expect(await snapshot(dir)).toEqual(once);
  });

  test('joins the pairs a table already documents in the same run that imports the ACS article', async () => {
    const dir = await scratchDir('before-teams');
    await cp(path.join(FIXTURE, 'before-teams/pstn.md'), path.join(dir, 'pstn.md'));
    const rows = (await readFile(path.join(dir, 'pstn.md'), 'utf8')).match(/^\| \d+ \| \d+ \|/gm)!;
    const pstn = new Set(
      rows.map((r) =>
        r
          .split('|')
          .slice(1, 3)
          .map((c) => c.trim())
          .reverse()
          .join('/'),
      ),
    );
    const joined = PAIRS.filter((p) => pstn.has(p));
    expect(joined.length).toBeGreaterThan(0);
    const report = await runImport([NEWEST, TEAMS], dir);
    expect(report).toContain(
      `pstn.md: 0 added, 0 reworded, 0 no longer listed, ${joined.length} joined as a second source`,
    );
    const text = await readFile(path.join(dir, 'pstn.md'), 'utf8');
    for (const pair of joined) {
      const [sip, microsoft] = pair.split('/');
      expect(text).toMatch(new RegExp(`^\\| ${microsoft} \\| ${sip} \\|.*teams-sip-${sip}-`, 'm'));
    }
  });

  test('gives each record the page it comes from, with the page’s date and commit', async () => {
    const frontmatters = [...(await snapshot('content')).values()].map((t) => t.split('\n---\n')[0]!).join('\n');
    const readme = await readFile(path.join(TEAMS, 'README.md'), 'utf8');
    for (const page of PAGES) {
      const { text } = await lineOf(page, 'ms.date:');
      const [month, day, year] = text.replace('ms.date:', '').trim().split('/');
      const commit = new RegExp(`${path.basename(page)}\` \\| \`([0-9a-f]{40})`).exec(readme)![1]!;
      expect(frontmatters).toContain(
        `${path.basename(page, '.md')}\n    date: "${year}-${month}-${day}"\n    upstream: MicrosoftDocs/SupportArticles-docs@${commit}`,
      );
    }
  });
});

/** A content folder with the PSTN, SIP and Q.850 areas and no Direct Routing area yet. */
async function scratchContent(): Promise<string> {
  const dir = await scratchDir('teams-content');
  for (const name of ['pstn.md', 'sip.md', 'q850.md']) await cp(path.join('content', name), path.join(dir, name));
  return dir;
}
