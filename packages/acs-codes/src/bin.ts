// The `acs-codes` command: wires the CLI to this process (arguments, stdin, stdout, a browser).
import { spawn } from 'node:child_process';
import { MAX_PASTE } from '../../../src/matcher/observe';
import { main } from './cli';
import { loadCodes } from './data-files';

declare const PACKAGE_VERSION: string;

/** Stdin up to one character past what the lookup reads, so that it can say the text was cut. */
function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_PASTE) {
        process.stdin.destroy();
        resolve(text.slice(0, MAX_PASTE + 1));
      }
    });
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}

/** BROWSER when set (a program given the address), else the system's opener. */
function open(url: string): Promise<boolean> {
  const [command, ...args] = process.env.BROWSER
    ? [process.env.BROWSER]
    : process.platform === 'darwin'
      ? ['open']
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""']
        : ['xdg-open'];
  return new Promise((resolve) => {
    const child = spawn(command!, [...args, url], { detached: true, stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('spawn', () => (child.unref(), resolve(true)));
  });
}

const { lookup, codes } = loadCodes();
process.exitCode = await main(process.argv.slice(2), {
  codes,
  home: lookup.home,
  titles: lookup.titles,
  version: PACKAGE_VERSION,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  readStdin,
  open,
});
