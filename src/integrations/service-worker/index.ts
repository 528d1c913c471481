import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePrefix } from '../../routing/base';
import { SHARD_COUNT } from '../../matcher/entry';
import { BUCKETS } from '../../site/page-data/offline';
import { makeBundle } from './bundle';
import { FOLDERS, isBundled, isCore } from './precache';

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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const base = basePrefix(options.base);
        const files = (await Promise.all(FOLDERS.map((folder) => filesIn(out, folder)))).flat().sort();
        const bundle = await makeBundle(out, files.filter(isBundled), base);
        const bundleName = `offline-${bundle.hash}.bin`;
        await writeFile(path.join(out, bundleName), bundle.bytes);
        const core = files.filter(isCore);
        const hash = createHash('sha256').update(bundle.hash);
        for (const file of core) hash.update(file).update(await readFile(path.join(out, file)));
        const areas = Object.keys(
          (JSON.parse(await readFile(path.join(out, 'lookup', 'meta.json'), 'utf8')) as { titles: object }).titles,
        );
        const manifest = {
          version: hash.digest('hex').slice(0, 16),
          base,
          core: core.map((f) => base + f.replace(/(^|\/)index\.html$/, '$1')),
          bundle: base + bundleName,
          notFound: `${base}404.html`,
          shards: SHARD_COUNT,
          areas,
          // A code page not visited yet opens offline in this page, from the data of its bucket.
          offline: { page: `${base}offline/`, buckets: BUCKETS },
        };
        const template = await readFile(new URL('./worker.js', import.meta.url), 'utf8');
        await writeFile(path.join(out, 'sw.js'), template.replace('self.__ACS_MANIFEST__', JSON.stringify(manifest)));
        logger.info(
          `Service worker precaches ${core.length} files and a bundle of ${bundle.count} (${Math.round(bundle.bytes.length / 1024)} KB), written in ${Math.round(performance.now() - started)} ms.`,
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
