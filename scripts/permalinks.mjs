// Records the site's current URLs in tests/permalinks.txt, keeping every URL listed before:
// a URL, once published, must keep resolving (the permalinks integration checks it on every build).
// Every page of the build counts, redirect pages too: a number page that redirects is still a URL
// readers paste. Run after adding codes: npm run build && npm run permalinks
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cli, fail } from './cli.mjs';

const FILE = process.env.PERMALINKS_FILE ?? 'tests/permalinks.txt';
const DIST = process.env.DIST_DIR ?? 'dist';
cli(`
Usage: npm run build && npm run permalinks

Adds the URLs of the build in ${DIST} (DIST_DIR) to ${FILE} (PERMALINKS_FILE), keeping every URL listed before.`);
if (!existsSync(DIST)) fail(`There is no build in ${DIST}: run npm run build first.`);
const pages = (await readdir(DIST, { recursive: true }))
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
  .map((file) => `/${file.slice(0, -'index.html'.length)}`);
const known = (await readFile(FILE, 'utf8').catch(() => '')).split('\n').filter((l) => l.startsWith('/'));
const merged = [...new Set([...known, ...pages])].sort();
await writeFile(FILE, `${merged.join('\n')}\n`);
console.log(`${FILE}: ${merged.length} URLs (${merged.length - known.length} new).`);
