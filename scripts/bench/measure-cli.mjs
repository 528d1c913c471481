// How long the acs-codes command takes to answer a 1 MB log: the package built from the real content,
// its command run on a log-like text of documented and undocumented codes, wall time from start to exit.
// Alone: node scripts/bench/measure-cli.mjs (builds the package into a temporary folder first).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, round } from './measure-build.mjs';

const RUNS = 5;
const BYTES = 1_000_000;

/** A log of `bytes` characters: timestamps, noise and the catalogue's numbers in error objects, one in 7 undocumented. */
function logOf(records, bytes) {
  const pairs = records.filter((r) => r.codeSpace === 'acs' && r.code !== null).slice(0, 300);
  const lines = pairs.map((r, i) =>
    i % 7 === 6
      ? `2026-12-06T10:${String(i % 60).padStart(2, '0')}:00Z ERROR {"code": ${r.code}, "subCode": ${9_990_000 + i}} after 1426 ms`
      : `2026-12-06T10:${String(i % 60).padStart(2, '0')}:00Z WARN call ended {"code": ${r.code}, "subCode": ${r.subcode ?? 0}} at App.java:${i}`,
  );
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `${lines[i % lines.length]}\n`;
  return text.slice(0, bytes);
}

/** Builds the package into a temporary folder and times its command on a 1 MB log, RUNS times. */
export async function measureCli() {
  const work = await mkdtemp(path.join(tmpdir(), 'acs-bench-cli-'));
  try {
    const out = path.join(work, 'dist');
    execFileSync('npx', ['tsx', 'packages/acs-codes/build.ts', '--out', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const { records } = JSON.parse(await readFile(path.join(out, 'data/codes.json'), 'utf8'));
    const log = logOf(records, BYTES);
    const times = [];
    let lines = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const run = spawnSync(process.execPath, [path.join(out, 'cli.js')], { input: log, encoding: 'utf8' });
      times.push(performance.now() - started);
      if (run.status !== 1) throw new Error(`acs-codes exited ${run.status} on the bench log: ${run.stderr}`);
      lines = run.stdout.trim().split('\n').length;
    }
    return {
      cliLogKB: Math.round(log.length / 1000),
      cliLogMs: round(median(times), 0),
      cliRunsMs: times.map((t) => round(t, 0)),
      cliLines: lines,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureCli();
  console.log(
    `acs-codes on a ${result.cliLogKB} KB log: ${result.cliLogMs} ms (median of ${RUNS}; runs ${result.cliRunsMs.join(', ')} ms), ${result.cliLines} codes listed`,
  );
}
