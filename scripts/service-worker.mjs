// Generates the service worker after Astro and Pagefind have written dist/, so that it precaches
// every page, asset and the search index; a new build changes the revisions and the worker updates.
import { generateSW } from 'workbox-build';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const out = process.argv[2] ?? 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: out,
  // Everything the build wrote: pages, assets, /codes.json and every Pagefind chunk.
  globPatterns: ['**/*'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  swDest: `${out}/sw.js`,
  modifyURLPrefix: { '': base },
  // Pages are directories: /calling/487/10003/ is served from …/index.html.
  directoryIndex: 'index.html',
  // A shared link with a filter (?q=…) opens the same precached page offline.
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB.`);
