// npm run package [-- --pack]: builds the acs-codes package into packages/acs-codes/dist/ from content/
// through the site's own pipeline (loadContent, the public records of /codes.json, the lookup's index
// and vocabulary), bundles its code with esbuild, and with --pack runs `npm pack` there.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cli, fail } from '../../scripts/cli.mjs';
import { ContentErrors } from '../../src/pipeline/errors';
import { loadContent } from '../../src/pipeline/load';
import { codesJsonSchema } from '../../src/site/public-record';
import { basePath } from '../../src/site/site-url';
import { packageData, siteAddress } from './src/data';

const USAGE = `
Usage: npm run package [-- --pack] [--out DIR]

Builds the acs-codes package (CLI and library) into DIR (default packages/acs-codes/dist/) from
content/, with the site's links at SITE_URL and BASE_PATH as the site's build reads them. --pack then
packs it with npm pack into DIR's parent folder: acs-codes-<version>.tgz.`;
const { values } = cli(USAGE, {
  options: { pack: { type: 'boolean', default: false }, out: { type: 'string' } },
});

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.resolve(values.out ?? path.join(here, 'dist'));

let catalogue;
try {
  catalogue = await loadContent(path.join(root, process.env.CONTENT_DIR ?? 'content'), {
    base: basePath(process.env),
  });
} catch (error) {
  if (error instanceof ContentErrors) fail(error.message);
  throw error;
}
const data = packageData(catalogue, process.env);

await rm(dist, { recursive: true, force: true });
await mkdir(path.join(dist, 'data'), { recursive: true });
const json = (file: string, value: unknown, indent?: number) =>
  writeFile(path.join(dist, file), `${JSON.stringify(value, null, indent)}\n`);
// The same bytes as the site's /codes.json and /codes.schema.json.
await json('data/codes.json', data.codes, 2);
await json('codes.schema.json', codesJsonSchema(siteAddress(process.env)('/codes.schema.json')), 2);
await json('data/lookup.json', data.lookup);

const bundled = await build({
  entryPoints: { index: path.join(here, 'src/index.ts'), cli: path.join(here, 'src/bin.ts') },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  define: { PACKAGE_VERSION: JSON.stringify(data.version) },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
// Nothing from node_modules: the package runs with nothing else installed, and stays small.
const foreign = Object.keys(bundled.metafile.inputs).filter((input) => input.includes('node_modules'));
if (foreign.length > 0) fail(`The package bundles modules from node_modules: ${foreign.join(', ')}`);
const cliFile = path.join(dist, 'cli.js');
await writeFile(cliFile, `#!/usr/bin/env node\n${await readFile(cliFile, 'utf8')}`, { mode: 0o755 });

// Type declarations: the generated types of the format and the API's, as they are (types only).
for (const name of ['api', 'schema-types'])
  await writeFile(
    path.join(dist, `${name}.d.ts`),
    (await readFile(path.join(here, `src/${name}.ts`), 'utf8')).replace(/from '\.\/([\w-]+)'/g, "from './$1.js'"),
  );
await writeFile(
  path.join(dist, 'index.d.ts'),
  `import type { AcsCodes } from './api.js';
export type * from './api.js';
export type * from './schema-types.js';

/** The whole catalogue: the site's /codes.json. */
export declare const catalogue: AcsCodes['catalogue'];
/** Reads pasted text, a log or an error object as the site's lookup does. */
export declare const lookup: AcsCodes['lookup'];
/** The records for an id, a page address, or numbers (487/10003). */
export declare const explain: AcsCodes['explain'];
/** The record with this id, page path or page address. */
export declare const record: AcsCodes['record'];
/** The package's version: the format's major and minor, then the catalogue's date. */
export declare const version: string;
`,
);

const licence = await readFile(path.join(root, 'LICENSE'), 'utf8');
const { license } = data.codes;
await writeFile(
  path.join(dist, 'LICENSE'),
  `The code of this package is under the MIT License:\n\n${licence.trim()}\n\n---\n\n${license.notice}\n\n${license.content
    .map((c) => `${c.attribution}\n${c.license.name}: ${c.license.url}`)
    .join('\n\n')}\n`,
);
await copyFile(path.join(here, 'README.md'), path.join(dist, 'README.md'));
await json(
  'package.json',
  {
    name: 'acs-codes',
    version: data.version,
    description:
      'Azure Communication Services error codes, offline: the catalogue with types, the lookup that reads logs, and a CLI.',
    license: 'MIT AND CC-BY-4.0',
    homepage: data.lookup.home,
    keywords: ['azure-communication-services', 'acs', 'error-codes', 'sip', 'q850', 'cli'],
    type: 'module',
    bin: { 'acs-codes': 'cli.js' },
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      './codes.json': './data/codes.json',
      './codes.schema.json': './codes.schema.json',
      './package.json': './package.json',
    },
    types: './index.d.ts',
    engines: { node: '>=18' },
  },
  2,
);
console.log(`Built acs-codes ${data.version} (${data.codes.records.length} records) in ${path.relative(root, dist)}/.`);
if (!process.env.SITE_URL)
  console.log(
    `Its links point at ${data.lookup.home}: set SITE_URL (and BASE_PATH) to the site's address to publish it.`,
  );

if (values.pack) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', path.dirname(dist)], { cwd: dist, encoding: 'utf8' }),
  ) as { filename: string }[];
  console.log(`Packed ${path.relative(root, path.join(path.dirname(dist), packed!.filename))}.`);
}
