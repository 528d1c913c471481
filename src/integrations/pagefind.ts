import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { oneLine } from '../records/text';
import { guidePath } from '../routing/urls';
import type { Vocabulary } from '../matcher/vocabulary';
import type { CodesFile, PublicRecord } from '../schemas/public-record';

interface Options {
  /** Where the guides are, to index their built pages. */
  guidesDir: string;
}

/**
 * Builds the Pagefind index after Astro has written the site. Code pages are indexed from the
 * build's own `/codes.json` as custom records: their text is the message and the advice, nothing
 * else, so excerpts never start with page furniture and the build never re-parses their HTML.
 * Guides are indexed from their HTML. Any Pagefind error fails the build.
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
  const { records } = JSON.parse(await readFile(path.join(out, 'codes.json'), 'utf8')) as CodesFile;
  const { titles, vocabulary } = JSON.parse(await readFile(path.join(out, 'lookup', 'meta.json'), 'utf8')) as {
    titles: Record<string, string>;
    vocabulary: Vocabulary;
  };
  const areaTitles = new Map(Object.entries(titles));
  // SDK names (`NoNgcEndpoint`) are searchable words of the records they name.
  const names = new Map<string, string[]>();
  for (const named of Object.values(vocabulary.names).flat())
    names.set(named.url, [...(names.get(named.url) ?? []), named.name]);
  const responses = await Promise.all(
    records.map((r) => index.addCustomRecord(searchRecord(r, areaTitles, names.get(r.url)))),
  );
  responses.forEach(check);
  return records.length;
}

/** What search knows of a record: its site-relative URL (Pagefind adds the base), text, title and filters. */
export function searchRecord(
  r: Pick<PublicRecord, 'url' | 'area' | 'table' | 'code' | 'subcode' | 'message' | 'advice' | 'resultCategory'>,
  titles: Map<string, string>,
  names: string[] = [],
) {
  const area = titles.get(r.area) ?? r.area;
  const numbers = [r.code, r.subcode].filter((n) => n !== null).join('/');
  const label = r.code === null ? `subcode ${r.subcode}` : numbers;
  return {
    // Site-relative: Pagefind prefixes its baseUrl, the base path, when it answers.
    url: r.url,
    // The message and the advice only: an excerpt never starts with page furniture or a list dash.
    content: [oneLine(r.message), oneLine(r.advice), ...names].join('\n').trim(),
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
