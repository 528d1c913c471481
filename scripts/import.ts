// npm run import -- <path> [--content dir]: brings the newest upstream code tables into content/.
// <path> is a checkout of MicrosoftDocs/azure-docs, the troubleshooting-codes article, or a folder
// of its include files. Prints what changed; running it again changes nothing.
import { existsSync } from 'node:fs';
import { runImport } from '../src/importer/run';
import { cli, fail } from './cli.mjs';

const USAGE = `
Usage: npm run import -- <azure-docs checkout | article file | folder of include files> [--content dir]

Brings the newest upstream code tables into the content folder (default content) and prints what changed.`;
const { positionals, values } = cli(USAGE, {
  allowPositionals: true,
  options: { content: { type: 'string', default: 'content' } },
});
if (positionals.length !== 1) fail(`Give one path to import from.\n${USAGE}`, 2);
for (const [what, where] of [
  ['The path to import from', positionals[0]!],
  ['The content folder', values.content!],
])
  if (!existsSync(where)) fail(`${what}, ${where}, does not exist.`, 2);
console.log(await runImport(positionals[0]!, values.content!));
