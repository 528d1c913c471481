import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DIST_DIR: '/nonexistent-dist' },
  });
const bash = (script: string, ...args: string[]) => spawnSync('bash', [script, ...args], { encoding: 'utf8' });
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

const scripts = [
  'scripts/bench.mjs',
  'scripts/import.ts',
  'scripts/permalinks.mjs',
  'scripts/serve.mjs',
  'scripts/check-links.mjs',
  'scripts/runtime.mjs',
  'scripts/schema.ts',
  'packages/acs-codes/build.ts',
];

describe.each(scripts)('%s', (script) => {
  test('prints its usage for --help and exits 0', { timeout: 30_000 }, () => {
    const run = node(script, '--help');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: /);
  });
});

test.each([
  ['scripts/bench.mjs', ['--records', 'many'], 2],
  ['scripts/bench.mjs', ['--no-such-option'], 2],
  ['scripts/import.ts', ['/nonexistent/azure-docs'], 2],
  ['scripts/import.ts', [], 2],
  ['scripts/serve.mjs', ['/nonexistent-dist'], 1],
  ['scripts/serve.mjs', ['dist', 'port'], 2],
  ['scripts/permalinks.mjs', [], 1],
  ['scripts/check-links.mjs', ['/nonexistent-dist'], 1],
  ['packages/acs-codes/build.ts', ['--no-such-option'], 2],
] as const)('%s %j stops with a message, no stack trace', { timeout: 30_000 }, (script, args, status) => {
  const run = node(script, ...args);
  expect(run.status).toBe(status);
  expect(run.stderr.trim()).not.toBe('');
  expect(run.stderr).not.toMatch(STACK);
});

test.each(['.ci/run', 'scripts/test.sh', 'scripts/check-reproducible.sh', 'scripts/ensure-chromium.sh'])(
  '%s prints its usage for --help and exits 0',
  (script) => {
    const run = bash(script, '--help');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: /);
  },
);
