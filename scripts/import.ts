// npm run import -- <path> [--content dir]: brings the newest upstream code tables into content/.
// <path> is a checkout of MicrosoftDocs/azure-docs, the troubleshooting-codes article, or a folder
// of its include files. Prints what changed; running it again changes nothing.
import { parseArgs } from 'node:util';
import { runImport } from '../src/importer/run';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string', default: 'content' } },
});
if (positionals.length !== 1) {
  console.error(
    'usage: npm run import -- <azure-docs checkout | article file | folder of include files> [--content dir]',
  );
  process.exit(2);
}
console.log(await runImport(positionals[0]!, values.content!));
