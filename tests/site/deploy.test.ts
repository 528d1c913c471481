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

test('the service worker never precaches a host configuration file', async () => {
  const sw = await readDist('sw.js');
  const manifest = JSON.parse(/const MANIFEST = (\{.*?\});/.exec(sw)![1]!) as { core: string[]; bundle: string };
  const hostFiles = /(_headers|_redirects|staticwebapp\.config\.json|robots\.txt|sitemap\.xml|opensearch\.xml)$/;
  expect(manifest.core.length).toBeGreaterThan(0);
  expect([...manifest.core, manifest.bundle].filter((url) => hostFiles.test(url))).toEqual([]);
});
