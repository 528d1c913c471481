// Checks every internal link and anchor of the built site offline, with linkinator serving dist/.
// External links are never fetched: they are listed in reports/external-links.txt.
// Exits 1 on any broken internal link or missing anchor.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { LinkChecker } from 'linkinator';
import { cli, fail } from './cli.mjs';

const { positionals } = cli(
  `
Usage: node scripts/check-links.mjs [folder]

Checks every internal link and anchor of a built site (default dist) under BASE_PATH; never fetches
external links (they are listed in reports/external-links.txt).`,
  { allowPositionals: true, maxPositionals: 1 },
);
const dist = path.resolve(positionals[0] ?? 'dist');
if (!existsSync(dist)) fail(`${dist} does not exist: build the site first.`);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// Under a base path the site must be served from that sub-path, as a host would serve it.
let root = dist;
if (base !== '/') {
  root = await mkdtemp(path.join(tmpdir(), 'acs-links-'));
  await mkdir(path.join(root, path.dirname(base.slice(1, -1))), { recursive: true });
  await symlink(dist, path.join(root, base.slice(1, -1)));
}

const external = new Set();
const broken = [];
const checker = new LinkChecker();
checker.on('link', (result) => {
  if (result.state === 'BROKEN') broken.push(`${result.status ?? ''} ${result.url} (linked from ${result.parent})`);
});
// The site's own absolute links (canonical, og:url) point at SITE_URL: check them against dist/ too.
const port = Number(process.env.LINKS_PORT ?? 4498);
// linkinator (8 on) serves serverRoot on 127.0.0.1, not localhost: anything else would be skipped as external.
const server = `http://127.0.0.1:${port}`;
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const summary = await checker.check({
  // Relative to serverRoot.
  path: base.slice(1) || '.',
  serverRoot: root,
  recurse: true,
  checkFragments: true,
  concurrency: 50,
  port,
  urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(site)}`), replacement: server }],
  // linkinator 8 asks about a page's links before rewriting them: the site's own origin is internal too.
  linksToSkip: async (url) => {
    if (url.startsWith(server) || url.startsWith(site)) return false;
    // It also asks with the fragment: the list names each page once.
    if (/^https?:/.test(url)) external.add(url.replace(/#.*$/, ''));
    return true;
  },
});

// The link to dist/ only: rm does not follow it.
if (root !== dist) await rm(root, { recursive: true, force: true });

await mkdir('reports', { recursive: true });
const lines = [...external.keys()].sort();
await writeFile(
  'reports/external-links.txt',
  `# External links in the build; not fetched, only listed\n${lines.join('\n')}\n`,
);
const checked = summary.links.filter((link) => link.state !== 'SKIPPED').length;
// A crawl that skipped its own start page checked nothing: fail rather than pass empty.
if (checked === 0) fail(`No page of ${dist} was checked: linkinator served it on an address this script skips.`);
console.log(
  `Checked ${checked} internal links and anchors; ${external.size} external links listed in reports/external-links.txt.`,
);
if (broken.length > 0) {
  console.error(`${broken.length} broken:\n${broken.join('\n')}`);
  process.exit(1);
}
