import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePrefix } from '../../routing/base';
import { SHARD_COUNT } from '../../matcher/entry';
import { BUCKETS } from '../../site/page-data/offline';
import { makeBundle } from './bundle';
import { FOLDERS, isBundled, isCore, rebuiltOffline } from './precache';

/**
 * Writes `sw.js` after Pagefind: it precaches a small core (the shell, `/codes/`, the lookup, the
 * 404 page, the offline code page, both search indexes, the code pages' data) and caches other
 * pages as they are visited. Host configuration
 * files are never precached, so the worker installs on every static host.
 */
export function serviceWorker(options: { base: string }): AstroIntegration {
  return {
    name: 'acs-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const base = basePrefix(options.base);
        const files = (await Promise.all(FOLDERS.map((folder) => filesIn(out, folder)))).flat().sort();
        const bundle = await makeBundle(out, files.filter(isBundled), base);
        const bundleName = `offline-${bundle.hash}.bin`;
        await writeFile(path.join(out, bundleName), bundle.bytes);
        const areas = Object.keys(
          (JSON.parse(await readFile(path.join(out, 'lookup', 'meta.json'), 'utf8')) as { titles: object }).titles,
        );
        // Guides, the changes page and any other page that no offline data rebuilds join the core.
        const unrebuildable = pages
          .map((p) => p.pathname.replace(/^\/+/, ''))
          .filter((p) => !rebuiltOffline(p, areas))
          .map((p) => `${p}index.html`)
          .filter((file) => existsSync(path.join(out, file)));
        const core = [...new Set([...files.filter(isCore), ...unrebuildable])].sort();
        const hash = createHash('sha256').update(bundle.hash);
        let bytes = bundle.bytes.length;
        for (const file of core) {
          const content = await readFile(path.join(out, file));
          hash.update(file).update(content);
          bytes += content.length;
        }
        const manifest = {
          version: hash.digest('hex').slice(0, 16),
          base,
          core: core.map((f) => base + f.replace(/(^|\/)index\.html$/, '$1')),
          bundle: base + bundleName,
          // What the offline copy needs on the device, to check before downloading it.
          bytes,
          notFound: `${base}404.html`,
          shards: SHARD_COUNT,
          areas,
          // A code page not visited yet opens offline in this page, from the data of its bucket.
          offline: { page: `${base}offline/`, buckets: BUCKETS },
        };
        const template = await readFile(new URL('./worker.js', import.meta.url), 'utf8');
        await writeFile(path.join(out, 'sw.js'), template.replace('self.__ACS_MANIFEST__', JSON.stringify(manifest)));
        logger.info(
          `Service worker precaches ${core.length} files (${Math.round(bytes / 1024)} KB in all with the bundle) and a bundle of ${bundle.count} (${Math.round(bundle.bytes.length / 1024)} KB), written in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}

/** Files of one folder of the build, as paths relative to it; the root without its subfolders. */
async function filesIn(out: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(out, folder), { recursive: folder !== '', withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}
