import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/pipeline/load';
import { runImport } from '../../../src/importer/run';
import { removeScratch } from '../../scratch';
import { contentCopy, FIXTURE, inputCopy, lineOf, NEWEST, OLDER, problemsOf, snapshot, TEAMS } from './fixtures';

afterAll(removeScratch);

const TRUNCATED = path.join(OLDER, 'call-end.md');
const SMALL = path.join(FIXTURE, 'upstream');
// Imports into a copy of content/ parse every area file: seconds on a loaded machine, not a limit.
const SLOW = { timeout: 120_000 };

describe('the import never guesses', SLOW, () => {
  test('stops at the truncated 2024-07-22 call-end include with its file, line and what the row held', async () => {
    const row = await lineOf(TRUNCATED, '| 560486 |');
    const dir = await contentCopy(path.join(FIXTURE, 'content'));
    const before = await snapshot(dir);
    const problems = await problemsOf(runImport(TRUNCATED, dir));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: TRUNCATED,
        line: row.line,
        held: row.text,
        message: expect.stringMatching(/has 3 cells where its header has 5/),
      }),
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  test('refuses the 2024-07-22 include after the 2025-07-14 version, and writes nothing', async () => {
    const dir = await contentCopy();
    const before = await snapshot(dir);
    const problems = await problemsOf(runImport(TRUNCATED, dir));
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        /^this version \(2024-07-22\) is older than learn-2025-07-14 \(2025-07-14\), already imported into/,
      ),
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  test('refuses the whole held-back 2024-07-22 version after the 2025-07-14 one', async () => {
    const dir = await contentCopy();
    const problems = await problemsOf(runImport(OLDER, dir));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: path.join(OLDER, 'troubleshooting-codes.md'),
        message: expect.stringMatching(/is older than learn-2025-07-14/),
      }),
    );
  });

  test('adds an older version to the history only when asked, and a second run changes nothing', async () => {
    const dir = await contentCopy();
    const pstn = path.join(OLDER, 'pstn.md');
    const report = await runImport(pstn, dir, { allowOlder: true });
    expect(report).toContain('older than the newest imported: added to the history only');
    const [before, after] = [await loadContent('content'), await loadContent(dir)];
    const text = (r: (typeof before.records)[number]) => [r.url, r.message, r.advice, r.resultCategory, r.note];
    expect(after.records.map(text)).toEqual(before.records.map(text));
    const listing = after.records.filter((r) => r.listedIn.includes('learn-2024-07-22'));
    expect(listing.length).toBeGreaterThan(0);
    for (const r of listing) {
      const ids = r.listedIn;
      if (ids.includes('learn-2025-07-14'))
        expect(ids.indexOf('learn-2024-07-22')).toBeLessThan(ids.indexOf('learn-2025-07-14'));
    }
    const once = await snapshot(dir);
    await runImport(pstn, dir, { allowOlder: true });
    expect(await snapshot(dir)).toEqual(once);
  });

  test('stops at an upstream column that no field reads and our table lacks, naming its header line', async () => {
    const input = await inputCopy(SMALL);
    const include = path.join(input, 'includes/codes/calling-sdk.md');
    await writeFile(
      include,
      (await readFile(include, 'utf8')).replace('| Result category | Advice |', '| Result category | Advise |'),
    );
    const header = await lineOf(include, '| Subcode |');
    const problems = await problemsOf(runImport(input, await contentCopy(path.join(FIXTURE, 'content'))));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: include,
        line: header.line,
        held: header.text,
        message: expect.stringMatching(/a column "Advise" that no field reads/),
      }),
    );
  });

  test('stops where a field that had a value would become empty, and --blank lists it in the report', async () => {
    const input = await inputCopy(SMALL);
    const include = path.join(input, 'includes/codes/call-end.md');
    const row = await lineOf(include, '| 0 | 0 |');
    await writeFile(
      include,
      (await readFile(include, 'utf8')).replace(row.text, row.text.replace('| Success |', '| |')),
    );
    const dir = await contentCopy(path.join(FIXTURE, 'content'));
    const problems = await problemsOf(runImport(input, dir));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: include,
        line: row.line,
        message: expect.stringMatching(/would blank the Result category of 0\/0 .* which holds “Success”/),
      }),
    );
    expect(await runImport(input, dir, { allowBlank: true })).toContain(
      '! 0/0  Result category blanked (it held “Success”)',
    );
  });

  test('stops when a version it imported before comes back with other text', async () => {
    const input = await inputCopy(SMALL);
    const dir = await contentCopy(path.join(FIXTURE, 'content'));
    await runImport(input, dir);
    const include = path.join(input, 'includes/codes/call-end.md');
    await writeFile(
      include,
      (await readFile(include, 'utf8')).replace('Call failed due to a validation error.', 'Call failed.'),
    );
    const problems = await problemsOf(runImport(input, dir));
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/already holds version learn-2025-07-14, and its Message of 401\/71005 differs/),
    );
  });

  test('stops at a number cell that is not a number', async () => {
    const input = await inputCopy(SMALL);
    const include = path.join(input, 'includes/codes/call-end.md');
    const row = await lineOf(include, '| 71005 |');
    await writeFile(
      include,
      (await readFile(include, 'utf8')).replace(row.text, row.text.replace('| 71005 |', '| 71OO5 |')),
    );
    const problems = await problemsOf(runImport(input, await contentCopy(path.join(FIXTURE, 'content'))));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: include,
        line: row.line,
        message: expect.stringMatching(/"71OO5" is not a number/),
      }),
    );
  });

  test('stops when one include file feeds only part of a table, instead of reporting the rest as dropped', async () => {
    const problems = await problemsOf(
      runImport(path.join(SMALL, 'includes/codes/call-end.md'), await contentCopy(path.join(FIXTURE, 'content'))),
    );
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^tables\.code-only-codes\.upstream names .* next to tables it has/),
    );
  });

  test('says which path holds nothing it can import', async () => {
    const problems = await problemsOf(runImport(path.join(FIXTURE, 'content'), await contentCopy()));
    expect(problems[0]!.message).toMatch(/holds neither the ACS troubleshooting-codes article .* nor Teams pages/);
    expect((await problemsOf(runImport('no/such/folder', await contentCopy())))[0]!.message).toBe(
      'no such file or folder',
    );
  });
});

describe('content/ and the newest upstream versions', SLOW, () => {
  test('importing the newest ACS article and the Teams pages into content/ changes nothing', async () => {
    const dir = await contentCopy();
    const before = await snapshot(dir);
    const report = await runImport([NEWEST, TEAMS], dir);
    expect(await snapshot(dir)).toEqual(before);
    expect(report).not.toMatch(/\b[1-9]\d* (added|reworded|no longer listed|joined)/);
  });
});
