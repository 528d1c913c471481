import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob, type LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { ContentErrors } from './pipeline/errors';
import { loadContent, type Catalogue } from './pipeline/load';
import { areaEntrySchema } from './schemas/area';
import { areaWordSchema } from './schemas/area-word';
import { categoryGuidanceSchema } from './schemas/guidance';
import { guideSchema } from './schemas/guide';
import { codeRecordSchema } from './schemas/record';

// CONTENT_DIR lets the benchmark and the build tests point the site at other content.
const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

// The collections below load in the same sync; they share one read so problems are reported once.
// In `astro dev` an edit in content/ starts a new read.
let pending: Promise<Catalogue> | undefined;
function catalogue({ logger, watcher }: LoaderContext): Promise<Catalogue> {
  if (!pending) watcher?.once('all', () => (pending = undefined));
  // Under the content's own label: the collection that happens to load first is not where a problem is.
  pending ??= read(logger.fork('acs-content'));
  return pending;
}

/** Loads the content, logging every problem on its own line (Astro shows only part of a long error). */
async function read(logger: LoaderContext['logger']) {
  try {
    return await loadContent(CONTENT_DIR, { base: process.env.BASE_PATH ?? '/' });
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    const problems = error.message.split('\n').slice(1);
    for (const problem of problems) logger.error(problem);
    throw new Error(`${problems.length} content problem(s), listed above. First: ${problems[0]}`, { cause: error });
  }
}

/** A collection filled from the shared catalogue. */
function fromCatalogue<T>(name: string, entries: (c: Catalogue) => [string, T][]) {
  return {
    name,
    load: async (context: LoaderContext) => {
      const { store, parseData, watcher } = context;
      watcher?.add(CONTENT_DIR);
      const list = entries(await catalogue(context));
      store.clear();
      for (const [id, data] of list)
        store.set({ id, data: await parseData({ id, data: data as Record<string, unknown> }) });
    },
  };
}

/** Every code, one entry per record, keyed by its page's slug (`calling/487/10003`). */
const codes = defineCollection({
  schema: codeRecordSchema,
  loader: fromCatalogue('acs-codes', (c) => c.records.map((r) => [r.url.slice(1, -1), r])),
});

/** Every area: frontmatter, body and where its tables go. */
const areas = defineCollection({
  schema: areaEntrySchema,
  loader: fromCatalogue('acs-areas', (c) => c.areas.map((a) => [a.slug, a])),
});

/** General guidance per result category, from `content/shared/categories.md`. */
const categories = defineCollection({
  schema: categoryGuidanceSchema,
  loader: fromCatalogue('acs-categories', (c) => (c.categories ? [['all', c.categories]] : [])),
});

const guideFiles = glob({
  pattern: '*/*.{md,mdx}',
  base: path.join(CONTENT_DIR, 'guides'),
  generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
});

/**
 * The troubleshooting guides, one entry per language, rendered by Astro's Markdown pipeline. The
 * content check (`pipeline/guides`) stops a bad guide first; should rendering still fail, the glob
 * loader only logs it, and the page would be published without its body: that stops the build.
 */
const guides = defineCollection({
  schema: guideSchema,
  loader: {
    name: 'acs-guides',
    load: async (context: LoaderContext) => {
      await catalogue(context);
      await guideFiles.load(context);
      const unrendered = [...context.store.values()].filter((e) => e.filePath?.endsWith('.md') && !e.rendered?.html);
      if (unrendered.length > 0)
        throw new Error(
          `${unrendered.map((e) => e.filePath).join(', ')}: the guide could not be rendered (see the error above), and its page would have no body`,
        );
    },
  },
});

/**
 * Old paths that now redirect, from `content/shared/redirects.md`: one entry holding the list, so that
 * a site with no redirects yet does not make Astro warn of an empty collection on every build.
 */
const redirects = defineCollection({
  schema: z.object({
    list: z.array(z.object({ from: z.string(), to: z.string(), file: z.string(), line: z.number() })),
  }),
  loader: fromCatalogue('acs-redirects', (c) => [['all', { list: c.redirects }]]),
});

/** Words in pasted text that name an area, from `content/shared/area-words.md`: one entry holding the list. */
const areaWords = defineCollection({
  schema: z.object({ list: z.array(areaWordSchema) }),
  loader: fromCatalogue('acs-area-words', (c) => [['all', { list: c.areaWords }]]),
});

export const collections = { codes, areas, categories, guides, redirects, areaWords };
