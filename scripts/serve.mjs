// Serves a built site the way a static host does, for `npm start`, the browser tests and the
// benchmark: files of DIST only (sirv lists them at start, so no path can reach outside), under
// BASE_PATH, the 404 page for anything else, on 127.0.0.1 only.
//   node scripts/serve.mjs [dist] [port]
// HIDE=_headers,staticwebapp.config.json answers 404 for those files, like a host that keeps them.
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
const hidden = new Set(
  (process.env.HIDE ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => `${base}${f}`),
);
const files = sirv(root, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
const notFound = readFileSync(path.join(root, '404.html'));

function sendNotFound(res) {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(notFound);
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // An encoded slash or backslash in the path is a traversal attempt; in the query it is just data.
  const rawPath = (req.url ?? '/').split('?')[0];
  if (!pathname.startsWith(base) || hidden.has(pathname) || /%2f|%5c|\\/i.test(rawPath)) return sendNotFound(res);
  req.url = req.url.slice(base.length - 1);
  res.setHeader('cache-control', 'no-cache');
  files(req, res, () => sendNotFound(res));
})
  .on('error', (error) =>
    fail(
      error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what uses it, or give another port.` : error.message,
    ),
  )
  .listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
