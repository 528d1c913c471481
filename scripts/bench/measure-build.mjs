// Builds the site once and measures the build: wall time, peak memory, output size.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function bytesUnder(dir) {
  const sizes = await Promise.all((await filesUnder(dir)).map(async (f) => (await stat(f)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/** Runs `npm run build` under GNU time, whose "Maximum resident set size" covers the largest process. */
export async function measureBuild({ contentDir, outDir }) {
  const timed = existsSync('/usr/bin/time');
  const command = timed
    ? ['/usr/bin/time', ['-v', 'npm', 'run', '--silent', 'build']]
    : ['npm', ['run', '--silent', 'build']];
  const started = performance.now();
  const { code, stderr } = await new Promise((resolve) => {
    const child = spawn(command[0], command[1], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (exit) => resolve({ code: exit, stderr: err }));
  });
  const buildSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`build failed:\n${stderr.slice(-3000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  const pages = (await filesUnder(outDir)).filter((f) => f.endsWith('.html')).length;
  return {
    buildSeconds: round(buildSeconds, 1),
    pages,
    pagesPerSecond: Math.round(pages / buildSeconds),
    peakRssMB: Number.isNaN(rssKb) ? null : Math.round(rssKb / 1024),
    distBytes: await bytesUnder(outDir),
    pagefindBytes: await bytesUnder(path.join(outDir, 'pagefind')),
  };
}

export const round = (n, digits = 0) => Number(n.toFixed(digits));
