// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { deployFiles } from './src/integrations/deploy-files';
import { notFoundPage } from './src/integrations/not-found-page';

// SITE_URL makes canonical and preview links absolute; BASE_PATH serves the site under a sub-path.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

// A renamed URL keeps working: src/data/redirects.json maps the old path to the new one.
const redirects = JSON.parse(readFileSync(new URL('./src/data/redirects.json', import.meta.url), 'utf8'));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  redirects,
  // Lossless compression: the default 'jsx' mode would glue "487 10003" into "48710003".
  compressHTML: true,
  integrations: [mdx(), notFoundPage(), deployFiles(base)],
  // Nothing inline: every script and stylesheet is a file, so the CSP needs no 'unsafe-inline' and no hashes.
  build: { inlineStylesheets: 'never' },
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
