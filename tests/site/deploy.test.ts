import { expect, test } from 'vitest';
import { CSP_HEADER } from '../../src/site/csp';
import { distFiles, readDist } from './helpers';

const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

test('_headers sends the Content-Security-Policy for every path under the base', async () => {
  const headers = await readDist('_headers');
  expect(headers.startsWith(`${BASE}*\n`)).toBe(true);
  expect(headers).toContain(`  Content-Security-Policy: ${CSP_HEADER}\n`);
});

test('staticwebapp.config.json sets the security headers and serves the 404 page', async () => {
  const config = JSON.parse(await readDist('staticwebapp.config.json'));
  expect(config.globalHeaders['Content-Security-Policy']).toBe(CSP_HEADER);
  expect(config.responseOverrides['404'].rewrite).toBe(`${BASE}404.html`);
});

test('every file extension of the build is one Azure Static Web Apps serves', async () => {
  const config = JSON.parse(await readDist('staticwebapp.config.json'));
  const known = new Set([
    '.html',
    '.css',
    '.js',
    '.json',
    '.svg',
    '.xml',
    '.txt',
    '.csv',
    ...Object.keys(config.mimeTypes),
  ]);
  const extensions = new Set((await distFiles('')).map((f) => /\.[^./]+$/.exec(f)?.[0]).filter((x) => x));
  expect([...extensions].filter((x) => !known.has(x!))).toEqual([]);
});
