// What every script of scripts/ does with its command line: --help prints the usage and exits 0; a
// mistake in the arguments, or a user error the script reports with `fail`, prints one message and the
// usage, never a stack trace, and exits 2 (arguments) or 1 (anything else).
import { parseArgs } from 'node:util';

/** Parses the arguments as `node:util`'s parseArgs does, after handling --help and argument mistakes. */
export function cli(usage, { options = {}, allowPositionals = false, maxPositionals = Infinity } = {}) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage.trim());
    process.exit(0);
  }
  try {
    const parsed = parseArgs({ args, options, allowPositionals, strict: true });
    if (parsed.positionals.length > maxPositionals)
      throw new Error(`Unexpected argument "${parsed.positionals.at(-1)}".`);
    return parsed;
  } catch (error) {
    console.error(`${error.message}\n\n${usage.trim()}`);
    process.exit(2);
  }
}

/** Stops with a message for the user: what is wrong and what to do, no stack trace. */
export function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}
