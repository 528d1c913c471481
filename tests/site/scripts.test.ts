import { expect, test } from 'vitest';
import { BASE, distFiles, pageOf, readDist, records } from './helpers';

// The one script every page loads stays small: src/integrations/light-preload.ts swaps Vite's preload
// helper for a light one. A Vite upgrade that renames the helper would bring the stock one back.

const scriptsOf = (html: string) =>
  [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!.slice(BASE.length));

test('the script every code page loads carries the light preload helper, not Vite’s', async () => {
  const scripts = new Set((await Promise.all(records.map((r) => pageOf(r.url)))).flatMap(scriptsOf));
  expect(scripts.size).toBe(1);
  const [chrome] = await Promise.all([...scripts].map(readDist));
  expect(chrome).toContain('modulepreload');
  expect(chrome).not.toContain('vite:preloadError');
});

test('no built script carries Vite’s preload helper', async () => {
  const scripts = (await distFiles('.js')).filter((file) => file.startsWith('_astro/'));
  expect(scripts.length).toBeGreaterThan(1);
  const stock = [];
  for (const file of scripts) if ((await readDist(file)).includes('vite:preloadError')) stock.push(file);
  expect(stock).toEqual([]);
});
