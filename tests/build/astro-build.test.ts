import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeScratch, scratchDir } from '../scratch';
import { fixtureCopy, insertAfter, lineStarting, type Edit } from './fixture';

// Whole `astro build` runs on the fixture content: what only the real build can show.
// Each takes a few seconds, so the file runs them one after the other.

async function build(edits: Record<string, Edit> = {}, permalinks = path.resolve('tests/fixtures/permalinks.txt')) {
  const content = await fixtureCopy(edits);
  const out = path.join(path.dirname(content), 'out');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      PERMALINKS_FILE: permalinks,
      ASTRO_CACHE_DIR: path.join(path.dirname(content), 'cache'),
      SITE_URL: 'https://codes.example.org',
    },
    encoding: 'utf8',
  });
  return { out, status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

afterAll(removeScratch);

describe('astro build', { sequential: true }, () => {
  test(
    'alone builds the whole site into --outDir: pages, the Pagefind index and the service worker',
    { timeout: 120_000 },
    async () => {
      const { out, status, log } = await build();
      expect(status, log).toBe(0);
      for (const file of [
        'alpha/487/10003/index.html',
        'beta/400/play-failed/index.html',
        '487/index.html',
        'codes.json',
        'pagefind/pagefind-entry.json',
        'sw.js',
        '404.html',
        '_headers',
      ])
        expect(existsSync(path.join(out, file)), file).toBe(true);
      expect((await readdir(out)).some((f) => /^offline-[0-9a-f]+\.bin$/.test(f))).toBe(true);
    },
  );

  test('renders an MDX guide with its expressions, tabs and site links', { timeout: 120_000 }, async () => {
    const { out, status, log } = await build();
    expect(status, log).toBe(0);
    const html = await readFile(path.join(out, 'help/index.html'), 'utf8');
    expect(html).toContain('The answer is 42.');
    expect(html).toContain('<acs-tabs>');
    expect(html).toContain('href="/alpha/487/10003/"');
  });

  test('writes a redirect page that carries the CSP and points inside the site', { timeout: 120_000 }, async () => {
    const { out } = await build();
    const html = await readFile(path.join(out, 'alpha/487/canceled/index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/alpha/487/10003/">');
  });

  test('stops on a malformed row and names its file and line', { timeout: 120_000 }, async () => {
    const row = await lineStarting('beta.md', '| 4007 |');
    const { status, log } = await build({
      'beta.md': insertAfter(row, '| 40O8 | Letter O instead of zero. | Retry. |'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain(`content/beta.md:${row + 1}: the code "40O8" is not a number`);
  });

  test('stops when a published URL would disappear, and names it', { timeout: 120_000 }, async () => {
    const list = path.join(await scratchDir('permalinks'), 'permalinks.txt');
    await writeFile(list, '/alpha/487/10003/\n/beta/400/play-failed/\n');
    const { status, log } = await build(
      { 'beta.md': (t) => t.replace('| 400 | Play Failed |', '| 400 | Play failure |') },
      list,
    );
    expect(status).not.toBe(0);
    expect(log).toContain(
      '/beta/400/play-failed/ is published but the build no longer has it (perhaps it became /beta/400/play-failure/',
    );
    expect(log).toContain('give each old path a row in content/shared/redirects.md');
  });

  test('stops on a javascript: link in a guide, naming file and line', { timeout: 120_000 }, async () => {
    const { status, log } = await build({
      'guides/en/help.mdx': (t) => t.replace('[Learn](https://learn.microsoft.com/)', '[Learn](javascript:alert(1))'),
    });
    expect(status).not.toBe(0);
    expect(log).toMatch(/guides\/en\/help\.mdx:\d+: link "javascript:alert\(1\)" uses javascript:/);
  });

  test('stops on a redirect to another host', { timeout: 120_000 }, async () => {
    const { status, log } = await build({
      'shared/redirects.md': (t) => t.replace('| /alpha/487/10003/ |', '| https://evil.example/ |'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain(
      'shared/redirects.md:3: redirect /alpha/487/canceled/ → https://evil.example/: the target must be a path of this site',
    );
  });
});
