// The benchmark's static server: serves a build like scripts/serve.mjs and records every file it
// sends. What a host that compresses with gzip would have sent is computed when asked, never while
// serving, so measuring never slows the responses down.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export function startServer(root, port) {
  const files = sirv(root, { dev: false, etag: false, extensions: ['html'] });
  const notFound = path.join(root, '404.html');
  const sent = [];
  const gzipped = new Map();
  const gzipSize = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
    return gzipped.get(file);
  };
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    res.setHeader('cache-control', 'no-cache');
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(readFileSync(notFound));
    });
    res.on('finish', () => {
      const candidates = [pathname, path.join(pathname, 'index.html')].map((p) => path.join(root, p));
      sent.push(candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? notFound);
    });
  });
  const tally = {
    get requests() {
      return sent.length;
    },
    get gzipBytes() {
      return sent.reduce((sum, file) => sum + gzipSize(file), 0);
    },
  };
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        tally,
        reset: () => sent.splice(0),
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}
