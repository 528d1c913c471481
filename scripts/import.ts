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
const [source] = positionals;
const content = values.content ?? 'content';
if (positionals.length !== 1 || !source) fail(`Give one path to import from.\n${USAGE}`, 2);
if (!existsSync(source)) fail(`The path to import from, ${source}, does not exist.`, 2);
if (!existsSync(content)) fail(`The content folder, ${content}, does not exist.`, 2);
console.log(await runImport(source, content));
