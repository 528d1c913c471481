import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeScratch, scratchDir } from '../scratch';

// npm start serves dist/ with scripts/serve.mjs: only files inside it, and only on this machine.

const root = await scratchDir('serve');
const port = Number(process.env.SERVE_TEST_PORT ?? 4455);
let server: ReturnType<typeof spawn>;

beforeAll(async () => {
  await mkdir(path.join(root, 'dist', 'page'), { recursive: true });
  await mkdir(path.join(root, 'dist-secret'));
  await writeFile(path.join(root, 'dist', '404.html'), 'not found page');
  await writeFile(path.join(root, 'dist', 'page', 'index.html'), 'a page');
  await writeFile(path.join(root, 'dist-secret', 'secret.txt'), 'SECRET');
  server = spawn('node', ['scripts/serve.mjs', path.join(root, 'dist'), String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !(await get('/page/').catch(() => null)); i++) await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  server.kill();
  await removeScratch();
});

const get = async (target: string, host = '127.0.0.1') => {
  const response = await fetch(`http://${host}:${port}${target}`);
  return { status: response.status, body: await response.text() };
};

describe('the local server', () => {
  test('serves the pages of the built site', async () => {
    expect(await get('/page/')).toEqual({ status: 200, body: 'a page' });
  });

  test.each([
    '/..%2fdist-secret%2fsecret.txt',
    '/%2e%2e/dist-secret/secret.txt',
    '/%2e%2e%2fdist-secret%2fsecret.txt',
    '/..%5cdist-secret%5csecret.txt',
    '/../dist-secret/secret.txt',
  ])('answers %s with the 404 page', async (target) => {
    expect(await get(target)).toEqual({ status: 404, body: 'not found page' });
  });

  test('listens on 127.0.0.1 only', async () => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!outside) return expect(outside).toBeUndefined();
    await expect(get('/page/', outside.address)).rejects.toThrow();
  });
});
