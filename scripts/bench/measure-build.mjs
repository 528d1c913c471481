// Builds the site cold (a fresh cache) and measures the build: wall time, peak memory, output size,
// and the time of the last two stages as their integrations log it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function bytesUnder(dir) {
  const sizes = await Promise.all((await filesUnder(dir)).map(async (f) => (await stat(f)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Runs `astro build` under GNU time, whose "Maximum resident set size" covers the largest process. Cold
 * (a fresh cache, removed afterwards) unless `cache` names one to build on and keep.
 */
export async function measureBuild({ contentDir, outDir, cache: kept }) {
  const cache = kept ?? (await mkdtemp(path.join(tmpdir(), 'acs-bench-cache-')));
  const timed = existsSync('/usr/bin/time');
  const astro = ['npx', 'astro', 'build', '--outDir', outDir];
  const [command, ...args] = timed ? ['/usr/bin/time', '-v', ...astro] : astro;
  const started = performance.now();
  const { code, output } = await new Promise((resolve) => {
    const child = spawn(command, args, {
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: cache,
        PERMALINKS_FILE: contentDir === path.resolve('content') ? 'tests/permalinks.txt' : '/dev/null',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (exit) => resolve({ code: exit, output: text }));
  });
  const buildSeconds = (performance.now() - started) / 1000;
  if (!kept) await rm(cache, { recursive: true, force: true });
  if (code !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  const number = (pattern) => Number(pattern.exec(output)?.[1] ?? NaN);
  const pages = (await filesUnder(outDir)).filter((f) => f.endsWith('.html')).length;
  return {
    buildSeconds: round(buildSeconds, 1),
    pages,
    peakRssMB: Math.round(number(/Maximum resident set size \(kbytes\): (\d+)/) / 1024) || null,
    // Astro's own phase logs: content sync with type generation, then rendering the static routes.
    syncMs: astroMs(/\[types\] Generated ([\dms. ]+)/.exec(output)?.[1]),
    pagesMs: astroMs(/generating static routes[\s\S]*?\n[^\n]*✓ Completed in ([\dms. ]+)/.exec(output)?.[1]),
    pagefindMs: number(/\[acs-pagefind\] Indexed \d+ pages in (\d+) ms/) || null,
    serviceWorkerMs: number(/\[acs-service-worker\].* in (\d+) ms/) || null,
    distBytes: await bytesUnder(outDir),
    pagefindBytes: await bytesUnder(path.join(outDir, 'pagefind')),
  };
}

/**
 * What a maintainer's edit costs: a cold build of a copy of `contentDir`, then one table row of
 * `file` edited (its second cell, the message, gets a word more) and the site built again on the same
 * cache. Both builds' seconds and content-sync milliseconds.
 */
export async function measureRebuild({ contentDir, outDir, file }) {
  const work = await mkdtemp(path.join(tmpdir(), 'acs-bench-edit-'));
  const content = path.join(work, 'content');
  await cp(contentDir, content, { recursive: true });
  const cache = path.join(work, 'cache');
  try {
    const cold = await measureBuild({ contentDir: content, outDir, cache });
    const edited = path.join(content, file);
    const lines = (await readFile(edited, 'utf8')).split('\n');
    const row = lines.findIndex((line) => /^\| *\d+ *\|/.test(line));
    if (row < 0) throw new Error(`${file} has no table row to edit`);
    const cells = lines[row].split('|');
    cells[2] = `${cells[2].trimEnd()} (edited) `;
    lines[row] = cells.join('|');
    await writeFile(edited, lines.join('\n'));
    const rebuild = await measureBuild({ contentDir: content, outDir, cache });
    return {
      coldSeconds: cold.buildSeconds,
      coldSyncMs: cold.syncMs,
      rebuildSeconds: rebuild.buildSeconds,
      rebuildSyncMs: rebuild.syncMs,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Astro's logged durations: `840ms`, `2.59s` or `1m 23s`. */
function astroMs(text = '') {
  const [, m = '0', sec = '0', ms = '0'] = /^(?:(\d+)m(?!s)\s*)?(?:([\d.]+)s)?(?:(\d+)ms)?/.exec(text.trim()) ?? [];
  const total = Number(m) * 60000 + Number(sec) * 1000 + Number(ms);
  return total > 0 ? Math.round(total) : null;
}

export const round = (n, digits = 0) => Number(n.toFixed(digits));
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
