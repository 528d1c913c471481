import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { CodesFile } from '../../packages/acs-codes/src/schema-types';
import { removeScratch, scratchDir } from '../scratch';
import { loadCorpus } from '../unit/matcher/corpus';
import { ENV, siteLookup, siteOutcome, tableLines } from '../unit/package/site-lookup';

// The acs-codes package as a user gets it: built and packed (npm run package -- --pack), the tarball
// installed into an empty folder with the network off, and its command run there.

let app: string;
let codes: CodesFile;
const env = { ...process.env, ...ENV };

beforeAll(async () => {
  const work = await scratchDir('package');
  const out = path.join(work, 'dist');
  const built = spawnSync('npx', ['tsx', 'packages/acs-codes/build.ts', '--pack', '--out', out], {
    env,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`npm run package failed:\n${built.stdout}\n${built.stderr}`);
  const tarball = (await readdir(work)).find((f) => f.endsWith('.tgz'))!;
  app = await scratchDir('package-app');
  const installed = spawnSync(
    'npm',
    ['install', path.join(work, tarball), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: app, encoding: 'utf8' },
  );
  if (installed.status !== 0) throw new Error(`npm install failed:\n${installed.stderr}`);
  codes = JSON.parse(await readFile(path.join(app, 'node_modules/acs-codes/data/codes.json'), 'utf8')) as CodesFile;
}, 300_000);
afterAll(async () => {
  vi.unstubAllGlobals();
  await removeScratch();
});

/** `npx acs-codes …` in the folder the tarball was installed into, with nothing else there. */
const acsCodes = (args: string[], input?: string) =>
  spawnSync('npx', ['--no', 'acs-codes', ...args], {
    cwd: app,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });

describe('the packed acs-codes, installed into an empty folder', () => {
  test('installs with no dependency of its own', async () => {
    const installed = (await readdir(path.join(app, 'node_modules'))).filter((f) => !f.startsWith('.'));
    expect(installed).toEqual(['acs-codes']);
    const manifest = JSON.parse(await readFile(path.join(app, 'node_modules/acs-codes/package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
  });

  test('takes its version from the format version and the catalogue date', async () => {
    const manifest = JSON.parse(await readFile(path.join(app, 'node_modules/acs-codes/package.json'), 'utf8'));
    const [major, minor] = codes.schemaVersion.split('.');
    expect(manifest.version).toBe(`${major}.${minor}.${codes.generated.replace(/\D/g, '')}`);
  }, 60_000);

  test('npx acs-codes 487/10003 prints the 487/10003 records with their links', () => {
    const run = acsCodes(['487/10003']);
    expect(run.status, run.stderr).toBe(0);
    const expected = codes.records.filter((r) => r.code === 487 && r.subcode === 10003);
    expect(expected.length).toBeGreaterThan(0);
    for (const record of expected) {
      expect(run.stdout).toContain(record.href);
      expect(run.stdout).toContain(record.message.split('\n')[0]);
    }
  }, 60_000);

  test('a piped multi-code log prints every code with its verdict and exits 1 when one is undocumented', () => {
    const used = new Set(codes.records.flatMap((r) => [r.code, r.subcode]));
    const unused = [...Array(1000).keys()].map((n) => 7100 + n).find((n) => !used.has(n))!;
    const log = [
      '2026-12-06T10:00:00Z ERROR call ended {"code": 487, "subCode": 10003}',
      '2026-12-06T10:00:01Z INFO ParticipantEndReason=403 ParticipantEndSubCode=560403',
      `2026-12-06T10:00:02Z ERROR call ended {"code": 487, "subCode": ${unused}}`,
    ].join('\n');
    const run = acsCodes([], log);
    expect(run.status, run.stderr).toBe(1);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t').slice(0, 2)),
    ).toEqual([
      ['code 487 with subcode 10003', 'documented'],
      ['code 403 with subcode 560403', 'documented'],
      [`code 487 with subcode ${unused}`, 'not documented; its code is, with other subcodes'],
    ]);
  }, 60_000);

  test('--json output validates against the published schema, each record against its definition', async () => {
    const run = acsCodes(['487/10003', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as CodesFile;
    const schema = JSON.parse(await readFile('schema/codes.schema.json', 'utf8'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const file = ajv.compile(schema);
    const record = ajv.compile({ $schema: schema.$schema, ...schema.properties.records.items });
    expect(file(printed), JSON.stringify(file.errors)).toBe(true);
    expect(printed.records.length).toBeGreaterThan(0);
    for (const r of printed.records) expect(record(r), JSON.stringify(record.errors)).toBe(true);
  }, 60_000);

  // npx reads options before the command's first argument as its own: the command's binary gets them all.
  test('exits 2 on a wrong command line', () => {
    const run = spawnSync(path.join(app, 'node_modules/.bin/acs-codes'), ['--bogus'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: acs-codes');
  }, 60_000);
});

describe('the installed CLI and the site, over the paste corpus', () => {
  test('print the same lookup table and exit status for every paste', async () => {
    const site = await siteLookup();
    const corpus = loadCorpus();
    for (const paste of corpus) {
      const { matches } = await site.match(paste.text);
      const run = spawnSync('node', ['node_modules/acs-codes/cli.js'], {
        cwd: app,
        input: paste.text,
        encoding: 'utf8',
      });
      expect(run.stdout.split('\n').filter(Boolean), paste.name).toEqual(tableLines(matches, site.titles));
      expect(run.status, paste.name).toBe(siteOutcome(matches).status);
    }
  }, 300_000);
});
