import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployFiles } from '../../src/integrations/deploy-files';
import { SECURITY_HEADERS } from '../../src/site/csp';
import { removeScratch, scratchDir } from '../scratch';

// npm start serves dist/ with scripts/serve.mjs: only files inside it, only on this machine, with
// the security headers of the deploy configuration; with HIDE, host files answer 404 however the
// path is written.

const root = await scratchDir('serve');
const dist = path.join(root, 'dist');
const port = Number(process.env.SERVE_TEST_PORT ?? 4455);
let server: ReturnType<typeof spawn>;

beforeAll(async () => {
  await mkdir(path.join(dist, 'page'), { recursive: true });
  await mkdir(path.join(root, 'dist-secret'));
  await writeFile(path.join(dist, '404.html'), 'not found page');
  await writeFile(path.join(dist, 'page', 'index.html'), 'a page');
  await writeFile(path.join(root, 'dist-secret', 'secret.txt'), 'SECRET');
  // The host files, written by the build's own step.
  const done = deployFiles('/').hooks['astro:build:done'] as (options: { dir: URL }) => Promise<void>;
  await done({ dir: pathToFileURL(`${dist}/`) });
  server = spawn('node', ['scripts/serve.mjs', dist, String(port)], {
    stdio: 'ignore',
    env: { ...process.env, HIDE: '_headers,staticwebapp.config.json' },
  });
  for (let i = 0; i < 50 && !(await get('/page/').catch(() => null)); i++) await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  server.kill();
  await removeScratch();
});

/** A GET with the path sent exactly as written: fetch would resolve dot segments before sending. */
const get = (target: string, host = '127.0.0.1') =>
  new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host, port, path: target, timeout: 2000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end();
  });

describe('the local server', () => {
  test('serves the pages of the built site', async () => {
    expect(await get('/page/')).toMatchObject({ status: 200, body: 'a page' });
  });

  test('decodes a percent-encoded path to a page, as a host does', async () => {
    expect(await get('/pag%65/')).toMatchObject({ status: 200, body: 'a page' });
  });

  test.each([
    '/..%2fdist-secret%2fsecret.txt',
    '/%2e%2e/dist-secret/secret.txt',
    '/%2e%2e%2fdist-secret%2fsecret.txt',
    '/..%5cdist-secret%5csecret.txt',
    '/../dist-secret/secret.txt',
  ])('answers %s with the 404 page', async (target) => {
    expect(await get(target)).toMatchObject({ status: 404, body: 'not found page' });
  });

  test('listens on 127.0.0.1 only', async () => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!outside) return expect(outside).toBeUndefined();
    await expect(get('/page/', outside.address)).rejects.toThrow();
  });
});

describe('a hidden host file answers 404 however its path is written', () => {
  test.each([
    '/_headers',
    '/_header%73',
    '/%5fheaders',
    '/%5F%68%65%61%64%65%72%73',
    '/_HEADERS',
    '/_Headers',
    '//_headers',
    '///_headers',
    '/./_headers',
    '/page/../_headers',
    '/page/%2e%2e/_headers',
    '/page/%2E%2E/_headers',
    '/_headers/',
    '/_headers.html',
    '/_headers?x=1',
    '/staticwebapp.config.json',
    '/staticwebapp.config%2ejson',
    '/STATICWEBAPP.CONFIG.JSON',
    '/%73taticwebapp.config.json',
    '/%_headers',
  ])('%s', async (target) => {
    expect(await get(target)).toMatchObject({ status: 404, body: 'not found page' });
  });
});

describe('every answer carries the security headers the deploy configuration sends', () => {
  test.each(['/page/', '/missing/', '/_headers'])('%s', async (target) => {
    const { headers } = await get(target);
    const sent = Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, headers[name.toLowerCase()]]));
    expect(sent).toEqual(SECURITY_HEADERS);
  });
});
