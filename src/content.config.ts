import { defineCollection } from 'astro:content';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { guideEntrySchema, loadGuides } from './lib/load-guides';
import { ContentErrors, loadContent, type Content } from './lib/load-content';
import { areaEntrySchema, codeRecordSchema } from './lib/schema';

// CONTENT_DIR lets the benchmark and the build tests point the site at other content.
const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

// Both collections load in the same sync; they share one read so problems are reported once.
let pending: Promise<Content> | undefined;
function load(logger: LoaderContext['logger']): Promise<Content> {
  pending ??= readContent(logger).finally(() => (pending = undefined));
  return pending;
}

/** Loads the content, logging every problem on its own line (Astro shows only part of a long error). */
async function readContent(logger: LoaderContext['logger']) {
  try {
    return await loadContent(CONTENT_DIR);
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    const problems = error.message.split('\n').slice(1);
    for (const problem of problems) logger.error(problem);
    throw new Error(`${problems.length} content problem(s), listed above. First: ${problems[0]}`, { cause: error });
  }
}

/** Every documented code, one entry per record, keyed by its canonical path. */
const codes = defineCollection({
  schema: codeRecordSchema,
  loader: {
    name: 'acs-codes',
    load: async ({ store, parseData, watcher, logger }) => {
      watcher?.add(CONTENT_DIR);
      const { records } = await load(logger);
      store.clear();
      for (const record of records) {
        const id = record.url.slice(1, -1);
        store.set({ id, data: await parseData({ id, data: record }) });
      }
    },
  },
});

/** Every SDK area: frontmatter, prose and where its tables go. */
const areas = defineCollection({
  schema: areaEntrySchema,
  loader: {
    name: 'acs-areas',
    load: async ({ store, parseData, logger }) => {
      const { areas } = await load(logger);
      store.clear();
      for (const area of areas) {
        store.set({ id: area.slug, data: await parseData({ id: area.slug, data: area }) });
      }
    },
  },
});

/** The troubleshooting guides, one entry per language. */
const guides = defineCollection({
  schema: guideEntrySchema,
  loader: {
    name: 'acs-guides',
    load: async ({ store, parseData, watcher }) => {
      const dir = path.join(CONTENT_DIR, 'guides');
      watcher?.add(dir);
      store.clear();
      for (const guide of await loadGuides(dir, process.env.BASE_PATH ?? '/')) {
        const id = `${guide.lang}/${guide.slug}`;
        store.set({ id, data: await parseData({ id, data: guide }) });
      }
    },
  },
});

export const collections = { codes, areas, guides };
