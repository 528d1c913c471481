import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { renderGuide, guideFrontmatterSchema } from './render-guide';
import { guidePath } from './routes';

/** A guide as the site shows it. */
export const guideEntrySchema = guideFrontmatterSchema.extend({
  /** File name without `.md`; the last URL segment. */
  slug: z.string(),
  /** Canonical path: `/<slug>/` in the default language, `/<lang>/<slug>/` otherwise. */
  path: z.string().startsWith('/'),
  /** The rendered body. */
  html: z.string(),
  /** Headings of the body, for the table of contents. */
  headings: z.array(z.object({ depth: z.number(), id: z.string(), text: z.string() })),
});

export type GuideEntry = z.infer<typeof guideEntrySchema>;

/** Reads `<dir>/<lang>/<slug>.md`; the folder must match the frontmatter's `lang`. */
export async function loadGuides(dir: string, base: string): Promise<GuideEntry[]> {
  const langs = await readdir(dir).catch(() => [] as string[]);
  const files = (
    await Promise.all(langs.map(async (lang) => (await readdir(path.join(dir, lang))).map((f) => ({ lang, f }))))
  ).flat();
  return Promise.all(
    files
      .filter(({ f }) => f.endsWith('.md'))
      .map(async ({ lang, f }) => {
        const file = path.join(path.basename(dir), lang, f);
        const rendered = renderGuide(await readFile(path.join(dir, lang, f), 'utf8'), file, base);
        if (rendered.frontmatter.lang !== lang)
          throw new Error(`${file}:1: lang "${rendered.frontmatter.lang}" does not match its folder "${lang}"`);
        const slug = f.replace(/\.md$/, '');
        return {
          ...rendered.frontmatter,
          slug,
          path: guidePath(lang, slug),
          html: rendered.html,
          headings: rendered.headings,
        };
      }),
  );
}
