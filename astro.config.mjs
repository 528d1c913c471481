// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { buildMemory } from './src/integrations/build-memory';
import { deployFiles } from './src/integrations/deploy-files';
import { lightPreload } from './src/integrations/light-preload';
import { notFoundPage } from './src/integrations/not-found-page';
import { ogImages } from './src/integrations/og-images';
import { pagefindIndex } from './src/integrations/pagefind';
import { permalinks } from './src/integrations/permalinks';
import { serviceWorker } from './src/integrations/service-worker';
import { rehypeCode } from './src/markdown/rehype-code';
import { rehypeHeadingIds } from './src/markdown/rehype-heading-ids';
import { remarkLinks } from './src/markdown/remark-links';
import { remarkTabs } from './src/markdown/remark-tabs';
import { basePath, siteUrl } from './src/site/site-url';

// SITE_URL is the public address; BASE_PATH serves the site under a sub-path. Both may come from the host.
const site = siteUrl(process.env);
const base = basePath(process.env);
// The content loader reads BASE_PATH too: a base path derived from the host must reach it.
process.env.BASE_PATH = base;
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
// Builds of other content (tests, benchmark) keep their caches apart from the real site's.
const cacheDir = process.env.ASTRO_CACHE_DIR;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  // Lossless compression: the default 'jsx' mode would glue "487 10003" into "48710003".
  compressHTML: true,
  markdown: {
    // Code is highlighted by rehypeCode with token classes: no inline styles under the CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkTabs, [remarkLinks, { base }]],
      rehypePlugins: [rehypeHeadingIds, rehypeCode],
      smartypants: false,
    }),
  },
  integrations: [
    buildMemory(),
    mdx(),
    permalinks({ file: process.env.PERMALINKS_FILE ?? 'tests/permalinks.txt' }),
    notFoundPage(),
    deployFiles(base),
    pagefindIndex({ guidesDir: path.join(contentDir, 'guides') }),
    ogImages(),
    serviceWorker({ base }),
  ],
  // No inline styles or scripts but the theme's (src/site/theme-script.ts, allowed by its hash): the CSP needs no 'unsafe-inline'.
  // Four pages at a time: a page's file write overlaps the next render (measured 17 % faster at 499 records).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  vite: { plugins: [tailwindcss(), lightPreload()], build: { assetsInlineLimit: 0 } },
});
