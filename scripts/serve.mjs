// Serves a built site the way a static host does, for `npm start`, the browser tests and the
// benchmark: files of DIST only (sirv lists them at start, so no path can reach outside), under
// BASE_PATH, the 404 page for anything else, on 127.0.0.1 only, with the security headers the
// build wrote for hosts into DIST/_headers (from src/site/csp.ts).
//   node scripts/serve.mjs [dist] [port]
// HIDE=_headers,staticwebapp.config.json answers 404 for those files, like a host that keeps them,
// however the path is written (percent-encoded, in other case, with // or dot segments).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { cli, fail } from './cli.mjs';

const { positionals } = cli(
  `
Usage: node scripts/serve.mjs [folder] [port]

Serves a built site (default dist, port 4321) at http://127.0.0.1:<port>/ under BASE_PATH, as a static
host does. HIDE=_headers,staticwebapp.config.json answers 404 for those files.`,
  { allowPositionals: true, maxPositionals: 2 },
);
const root = path.resolve(positionals[0] ?? 'dist');
const port = Number(positionals[1] ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`"${positionals[1]}" is not a port number.`, 2);
if (!existsSync(path.join(root, '404.html'))) fail(`${root} holds no built site: run npm run build first.`);
const base = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/');
const hidden = (process.env.HIDE ?? '')
  .split(',')
  .filter(Boolean)
  .map((f) => `/${f.replace(/^\/+/, '').toLowerCase()}`);
const files = sirv(root, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
const notFound = readFileSync(path.join(root, '404.html'));
const headerRules = readHeaderRules(path.join(root, '_headers'));

/**
 * The rules of a Netlify-style `_headers` file: a path (`/*` matches below it) and its indented
 * `Name: value` lines. The server sends what the deploy configuration sends.
 */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (line.trim() && rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function setHeaders(res, pathname) {
  res.setHeader('cache-control', 'no-cache');
  for (const { pattern, headers } of headerRules) {
    const matches = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (matches) for (const [name, value] of headers) res.setHeader(name, value);
  }
}

/** The path a request names once decoded and resolved, lower-cased; null when it cannot be decoded. */
function canonical(rawPath) {
  try {
    return path.posix.normalize(`/${decodeURIComponent(rawPath).replace(/\\/g, '/')}`).toLowerCase();
  } catch {
    return null;
  }
}

/** Whether a path names a hidden file, or a page sirv would look for in its place (`x.html`, `x/`). */
function isHidden(rawPath) {
  const resolved = canonical(rawPath);
  if (resolved === null) return true;
  const inSite = `/${resolved.slice(base.length)}`;
  return (
    resolved.startsWith(base.toLowerCase()) &&
    hidden.some((h) => inSite === h || inSite.startsWith(`${h}/`) || inSite.startsWith(`${h}.`))
  );
}

function sendNotFound(res) {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(notFound);
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // An encoded slash or backslash in the path is a traversal attempt; in the query it is just data.
  const rawPath = (req.url ?? '/').split('?')[0];
  setHeaders(res, pathname);
  if (!pathname.startsWith(base) || /%2f|%5c|\\/i.test(rawPath) || isHidden(rawPath)) return sendNotFound(res);
  req.url = req.url.slice(base.length - 1);
  files(req, res, () => sendNotFound(res));
})
  .on('error', (error) =>
    fail(
      error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what uses it, or give another port.` : error.message,
    ),
  )
  .listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
