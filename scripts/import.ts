// npm run import -- <path>... [--content dir] [--older] [--blank]: brings Microsoft's code tables into
// content/. Prints what changed; running it again changes nothing. `--help` says the rest.
import { existsSync } from 'node:fs';
import { ImportError } from '../src/importer/problems';
import { runImport } from '../src/importer/run';
import { cli, fail } from './cli.mjs';

const USAGE = `Usage: npm run import -- <path>... [--content <dir>] [--older] [--blank]

Each <path> is one of:
  - a checkout of MicrosoftDocs/azure-docs, the troubleshooting-codes article, a folder of its
    include files, or one include file (then only the tables that file holds are imported);
  - a checkout of MicrosoftDocs/SupportArticles-docs, or a folder or file of the Teams Direct
    Routing pages microsoft-sip-response-codes-NNN.md.

Options:
  --content <dir>  the content folder to update (default: content)
  --older          import a version older than the newest one imported: it adds its listings and
                   earlier wordings to the history and never replaces newer text
  --blank          accept fields that had a value and that the new version leaves empty (the report
                   lists each one); without it such a row stops the import
  --help           print this text

Nothing is written when a row cannot be read, a column is unknown, a field would be blanked or the
version is older than the newest one imported: the import names the upstream file and line instead.`;

const { positionals, values } = cli(USAGE, {
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    older: { type: 'boolean', default: false },
    blank: { type: 'boolean', default: false },
  },
});
const content = values.content ?? 'content';
if (positionals.length === 0) fail(`No path to import from.\n\n${USAGE}`, 2);
for (const source of positionals)
  if (!existsSync(source)) fail(`The path to import from, ${source}, does not exist.`, 2);
if (!existsSync(content)) fail(`The content folder, ${content}, does not exist.`, 2);
try {
  console.log(
    await runImport(positionals, content, { allowOlder: values.older === true, allowBlank: values.blank === true }),
  );
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`The import stopped and wrote nothing:\n${error.message}`);
    process.exit(1);
  }
  // Anything else is a defect of the import itself: say what, without a stack the reader cannot use.
  console.error(`The import failed and wrote nothing: ${(error as Error).message ?? String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
}
