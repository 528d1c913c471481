import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

test('npm run build stops on a malformed row and names its file and line', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-broken-'));
  await cp('content', path.join(dir, 'content'), { recursive: true });
  const file = path.join(dir, 'content', 'sms.md');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const row = lines.findIndex((l) => l.startsWith('| 4007 |'));
  lines.splice(row + 1, 0, '| 40O8 | Letter O instead of zero. | | |');
  await writeFile(file, lines.join('\n'));

  const build = spawnSync('npm', ['run', 'build', '--', '--outDir', path.join(dir, 'dist')], {
    env: { ...process.env, CONTENT_DIR: path.join(dir, 'content') },
    encoding: 'utf8',
  });
  expect(build.status).not.toBe(0);
  expect(build.stdout + build.stderr).toContain(`content/sms.md:${row + 2}: the code "40O8" is not a number`);
});
