import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { oneLine } from '../records/text';
import { guidePath } from '../routing/urls';
import type { CodePage } from '../site/page-data/code';
import { unpackPages, type OfflineShard } from '../site/page-data/offline';

interface Options {
  /** Where the guides are, to index their built pages. */
  guidesDir: string;
}

/**
 * Builds the Pagefind index after Astro has written the site. Code pages are indexed as custom
 * records from the same page data the offline pages render (`/offline/*.json`): their text is the
 * message and Microsoft's advice, nothing else, so excerpts never start with page furniture and the
 * build never re-parses their HTML; their pages carry no Pagefind markup. Guides are indexed from
 * their HTML, which marks the article (`data-pagefind-body`) and the parts to leave out. Any Pagefind
 * error fails the build.
 */
export function pagefindIndex(options: Options): AstroIntegration {
  return {
    name: 'acs-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          const pages = (await addRecords(index, out)) + (await addGuides(index, out, options));
          check(await index.writeFiles({ outputPath: path.join(out, 'pagefind') }));
          logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await close();
        }
      },
    },
  };
}

async function addRecords(index: PagefindIndex, out: string) {
  const dir = path.join(out, 'offline');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  const shards = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8'))));
  // In catalogue order, as before the pages were split into files: equally ranked results keep their order.
  const pages = shards.flatMap((shard: OfflineShard) => unpackPages(shard)).sort((a, b) => a.order - b.order);
  (await Promise.all(pages.map((p) => index.addCustomRecord(searchRecord(p))))).forEach(check);
  return pages.length;
}

/** What search knows of a code page: its site-relative URL (Pagefind adds the base), text, title and filters. */
export function searchRecord(
  page: Pick<CodePage, 'url' | 'lang' | 'area' | 'table' | 'label' | 'message' | 'answer' | 'category' | 'names'>,
) {
  const advice = page.answer.filter((s) => s.reach === 'code' && s.by.kind === 'microsoft');
  return {
    // Site-relative: Pagefind prefixes its baseUrl, the base path, when it answers.
    url: page.url,
    // The message, Microsoft's advice and the SDK names (`NoNgcEndpoint`) only: an excerpt never
    // starts with page furniture or a list dash.
    content: [page.message, ...advice.map((s) => s.text), ...page.names.map((n) => n.name)]
      .map(oneLine)
      .join('\n')
      .trim(),
    language: page.lang,
    meta: { title: `${page.area.title} ${page.label} · ${page.table}` },
    filters: { area: [page.area.title], ...(page.category ? { category: [page.category.name] } : {}) },
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
