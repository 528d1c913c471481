// Records the site's current URLs in tests/permalinks.txt, keeping every URL listed before:
// a URL, once published, must keep resolving (tests/unit/permalinks.test.ts checks it).
// Run after adding codes: npm run build && npm run permalinks
import { readFile, writeFile } from 'node:fs/promises';

const FILE = 'tests/permalinks.txt';
const sitemap = await readFile('dist/sitemap.xml', 'utf8');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const current = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => `/${new URL(m[1]).pathname.slice(base.length)}`,
);
const known = (await readFile(FILE, 'utf8').catch(() => '')).split('\n').filter((l) => l.startsWith('/'));
const merged = [...new Set([...known, ...current])].sort();
await writeFile(FILE, `${merged.join('\n')}\n`);
console.log(`${FILE}: ${merged.length} URLs (${merged.length - known.length} new).`);
