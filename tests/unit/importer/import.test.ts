import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runImport } from '../../../src/importer/run';
import { removeScratch, scratchDir } from '../../scratch';

const FIXTURE = path.resolve('tests/fixtures/import');
const UPSTREAM = path.join(FIXTURE, 'upstream');

async function contentCopy() {
  const dir = path.join(await scratchDir('import'), 'content');
  await cp(path.join(FIXTURE, 'content'), dir, { recursive: true });
  return dir;
}

afterAll(removeScratch);

describe('npm run import', () => {
  test('writes the expected content byte for byte', async () => {
    const dir = await contentCopy();
    await runImport(UPSTREAM, dir);
    expect(await readFile(path.join(dir, 'calling.md'), 'utf8')).toBe(
      await readFile(path.join(FIXTURE, 'expected/calling.md'), 'utf8'),
    );
  });

  test('changes nothing when run a second time', async () => {
    const dir = await contentCopy();
    await runImport(UPSTREAM, dir);
    const once = await readFile(path.join(dir, 'calling.md'), 'utf8');
    const report = await runImport(UPSTREAM, dir);
    expect(await readFile(path.join(dir, 'calling.md'), 'utf8')).toBe(once);
    expect(report).toContain('0 added, 0 reworded, 0 no longer listed (file unchanged)');
  });

  test('reads the same tables from the folder of include files alone, dated by its newest include', async () => {
    const [fromArticle, fromIncludes] = [await contentCopy(), await contentCopy()];
    await runImport(UPSTREAM, fromArticle);
    expect(await runImport(path.join(UPSTREAM, 'includes/codes'), fromIncludes)).toContain('(2024-10-15)');
    const body = async (dir: string) =>
      (await readFile(path.join(dir, 'calling.md'), 'utf8'))
        .split('\n---\n')[1]!
        .replace(/learn-\d{4}-\d\d-\d\d/g, 'learn-<date>');
    expect(await body(fromIncludes)).toBe(await body(fromArticle));
  });

  test('reports what was added, reworded and dropped, with the old and new text', async () => {
    const report = await runImport(UPSTREAM, await contentCopy());
    expect(report).toContain('8 added, 1 reworded, 1 no longer listed');
    expect(report).toContain(
      '  ~ 0/5003  “Call ended successfully, as all callee endpoints declined the call.” → “Call was ended by Azure Communication Service as the call has ended.”',
    );
    expect(report).toContain('  - 400/40999  A code the new version dropped.  (kept, labelled with its last source)');
    expect(report).toContain('Tables without a code column, not imported: Structure');
  });

  test('names an upstream code table that no content table imports', async () => {
    const dir = await contentCopy();
    const file = path.join(dir, 'calling.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('      - table: older-codes-1\n', ''));
    expect(await runImport(UPSTREAM, dir)).toContain(
      "Upstream code tables that no content table imports (map them in a frontmatter's tables.<id>.upstream): Older codes",
    );
  });

  test('stops when the content asks for a table upstream does not have', async () => {
    const dir = await contentCopy();
    const file = path.join(dir, 'calling.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('- table: older-codes\n', '- table: newer-codes\n'));
    await expect(runImport(UPSTREAM, dir)).rejects.toThrow(
      /tables\.code-only-codes\.upstream names "newer-codes", which this input does not have \(it has client-error-codes, call-end-codes-and-subcodes, older-codes, older-codes-1\), next to tables it has/,
    );
  });
});
