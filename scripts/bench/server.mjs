// The benchmark's static server: serves a build like scripts/serve.mjs and counts, per request,
// the bytes a host that compresses with gzip would send. One visit's cost is read from the tally.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export function startServer(root, port) {
  const files = sirv(root, { dev: false, etag: false, extensions: ['html'] });
  const notFound = readFileSync(path.join(root, '404.html'));
  const gzipped = new Map();
  const tally = { requests: 0, gzipBytes: 0, paths: [] };
  const gzipSize = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
    return gzipped.get(file);
  };
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const candidates = [pathname, path.join(pathname, 'index.html')].map((p) => path.join(root, p));
    res.setHeader('cache-control', 'no-cache');
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(notFound);
    });
    res.on('finish', () => {
      tally.requests++;
      tally.paths.push(pathname);
      const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
      tally.gzipBytes += file ? gzipSize(file) : notFound.length;
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        tally,
        reset: () => Object.assign(tally, { requests: 0, gzipBytes: 0, paths: [] }),
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}
