import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { publishedCatalogue } from '../pipeline/published';
import { oneLine } from '../records/text';
import { guidePath } from '../routing/urls';
import type { CodeRecord } from '../schemas/record';

interface Options {
  /** Where the guides are, to index their built pages. */
  guidesDir: string;
}

/**
 * Builds the Pagefind index. Code records are indexed as custom records as soon as content sync
 * has read them, in Pagefind's own process while Astro renders the pages: Pagefind's one-record
 * API slows with every record already added (Pagefind/pagefind#461), and this keeps that work off
 * the build's path. Their text is the message and the advice, nothing else, so excerpts never
 * start with page furniture. Guides are indexed from their HTML once the site is written. Any
 * Pagefind error fails the build.
 */
export function pagefindIndex(options: Options): AstroIntegration {
  let indexing: Promise<{ index: PagefindIndex; records: number; ms: number }> | undefined;
  return {
    name: 'acs-pagefind',
    hooks: {
      'astro:build:start': () => {
        indexing = indexRecords();
        // Reported where it is awaited, in astro:build:done.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          if (!indexing) throw new Error('Pagefind: the records were never indexed.');
          const waited = performance.now();
          const { index, records, ms } = await indexing;
          const guides = await addGuides(index, out, options);
          check(await index.writeFiles({ outputPath: path.join(out, 'pagefind') }));
          logger.info(
            `Indexed ${records + guides} pages in ${Math.round(performance.now() - waited)} ms ` +
              `after the pages were written (the ${records} records took ${ms} ms alongside rendering).`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}

async function indexRecords() {
  const started = performance.now();
  const { records, areas } = await publishedCatalogue();
  const titles = new Map(areas.map((a) => [a.slug, a.frontmatter.title]));
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const responses = await Promise.all(records.map((r) => index.addCustomRecord(searchRecord(r, titles))));
  responses.forEach(check);
  return { index, records: records.length, ms: Math.round(performance.now() - started) };
}

/** What search knows of a record: its site-relative URL (Pagefind adds the base), text, title and filters. */
export function searchRecord(
  r: Pick<CodeRecord, 'url' | 'area' | 'table' | 'code' | 'subcode' | 'message' | 'advice' | 'resultCategory'>,
  titles: Map<string, string>,
) {
  const area = titles.get(r.area) ?? r.area;
  const numbers = [r.code, r.subcode].filter((n) => n !== null).join('/');
  const label = r.code === null ? `subcode ${r.subcode}` : numbers;
  return {
    url: r.url,
    // The message and the advice only: an excerpt never starts with page furniture or a list dash.
    content: `${oneLine(r.message)}\n${oneLine(r.advice)}`.trim(),
    language: 'en',
    meta: { title: `${area} ${label} · ${r.table}` },
    filters: { area: [area], ...(r.resultCategory ? { category: [r.resultCategory] } : {}) },
  };
}

async function addGuides(index: PagefindIndex, out: string, options: Options) {
  const files = await readdir(options.guidesDir, { recursive: true }).catch(() => [] as string[]);
  const guides = files
    .map((f) => /^([a-z]{2})\/([a-z0-9-]+)\.mdx?$/.exec(f.split(path.sep).join('/')))
    .filter((m) => m !== null);
  for (const [, lang, slug] of guides) {
    const page = guidePath(lang!, slug!);
    const content = await readFile(path.join(out, page, 'index.html'), 'utf8');
    check(await index.addHTMLFile({ url: page, content }));
  }
  return guides.length;
}

function check(response: { errors: string[] }) {
  if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
}
