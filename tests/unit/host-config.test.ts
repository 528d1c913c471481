import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';

const netlify = await readFile('netlify.toml', 'utf8');
const wrangler = JSON.parse(
  (await readFile('wrangler.jsonc', 'utf8')).replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'),
) as Record<string, string>;

test('Netlify builds with npm run build and publishes dist/', () => {
  expect(netlify).toMatch(/^\s*command = "npm run build"$/m);
  expect(netlify).toMatch(/^\s*publish = "dist"$/m);
});

test("netlify.toml sets no headers or redirects of its own: the build's _headers is the one source", () => {
  expect(netlify).not.toMatch(/^\s*\[\[(headers|redirects)\]\]/m);
});

test('Cloudflare Pages publishes dist/, where the build writes _headers', () => {
  expect(wrangler.pages_build_output_dir).toBe('./dist');
});
