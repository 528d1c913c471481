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
let pending: Promise<Catalogue> | undefined;
function catalogue(logger: LoaderContext['logger']): Promise<Catalogue> {
  // Under the content's own label: the collection that happens to load first is not where a problem is.
  pending ??= read(logger.fork('acs-content'));
  return pending;
}

// In `astro dev` every collection listens for edits in content/. One edit reaches all their listeners
// in one synchronous dispatch: the first of them starts a new read and the others share it.
let rereadScheduled = false;
function catalogueAfterEdit(logger: LoaderContext['logger']): Promise<Catalogue> {
  if (!rereadScheduled) {
    rereadScheduled = true;
    pending = undefined;
    queueMicrotask(() => (rereadScheduled = false));
  }
  return catalogue(logger);
}

/** Loads the content, logging every problem on its own line (Astro shows only part of a long error). */
async function read(logger: LoaderContext['logger']) {
  try {
    const loaded = await loadContent(CONTENT_DIR, { base: process.env.BASE_PATH ?? '/' });
    problems = [];
    return loaded;
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    problems = error.message.split('\n').slice(1);
    for (const problem of problems) logger.error(problem);
    throw new Error(`${problems.length} content problem(s), listed above. First: ${problems[0]}`, { cause: error });
  }
}

/** The problems of the last read: in `astro dev` the pages show them (`contentProblems`) instead of stale text. */
let problems: string[] = [];

type Entries = (c: Catalogue) => [string, unknown][];

/**
 * Brings a collection's store to the catalogue's entries: an entry whose data is unchanged (same
 * digest) is left alone, so Astro keeps what it derived from it; changed ones are parsed and set,
 * and entries that are gone are deleted. A one-row edit touches one entry.
 */
async function syncStore(context: LoaderContext, list: [string, unknown][]) {
  const { store, parseData, generateDigest } = context;
  const ids = new Set<string>();
  for (const [id, data] of list) {
    ids.add(id);
    const digest = generateDigest(data as Record<string, unknown>);
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: await parseData({ id, data: data as Record<string, unknown> }), digest });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

/** Whether a watcher event is about content/ (the guides have their own loader). */
const isContent = (file: string) => file.startsWith(CONTENT_DIR + path.sep) && /\.mdx?$/.test(file);

/** A collection filled from the shared catalogue, kept up to date in `astro dev` as content/ changes. */
function fromCatalogue(name: string, entries: Entries) {
  return {
    name,
    load: async (context: LoaderContext) => {
      const { watcher, logger } = context;
      await syncStore(context, entries(await catalogue(logger)));
      if (!watcher) return;
      watcher.add(CONTENT_DIR);
      const onEdit = async (file: string) => {
        if (!isContent(file)) return;
        // A broken edit keeps the last good entries; the pages show its problems (contentProblems).
        const next = await catalogueAfterEdit(logger).catch(() => null);
        if (next) await syncStore(context, entries(next));
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, (file: string) => void onEdit(file));
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
      await catalogue(context.logger);
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

/**
 * In `astro dev`, the problems of the last edit of content/ (file:line and the fix), so that the
 * pages show them in the error overlay while the server keeps running; empty when the content reads.
 */
const contentProblems = defineCollection({
  schema: z.object({ list: z.array(z.string()) }),
  loader: {
    name: 'acs-content-problems',
    load: async (context: LoaderContext) => {
      const { store, watcher, logger } = context;
      // Always one entry, so that a site without problems does not make Astro warn of an empty collection.
      const record = () => store.set({ id: 'all', data: { list: problems } });
      await catalogue(logger).catch(() => undefined);
      record();
      watcher?.on('all', (_event: string, file: string) => {
        if (isContent(file)) void catalogueAfterEdit(logger).then(record, record);
      });
    },
  },
});

export const collections = { codes, areas, categories, guides, redirects, areaWords, contentProblems };
