import { z } from 'astro/zod';
import { sourceSchema } from './source';

/** Frontmatter of a guide in `content/guides/<lang>/<slug>.md` (or `.mdx`). */
export const guideSchema = z.object({
  /** The page title. */
  title: z.string().min(1),
  /** One sentence for the page description and link previews. */
  description: z.string().min(1),
  /** Language of the text, as in `<html lang>`; also the folder the file sits in. */
  lang: z.string().regex(/^[a-z]{2}$/),
  /** Same key in every translation of one guide, to link the languages to each other. */
  translationKey: z.string().min(1),
  /** The articles the guide is written from; guides cite them as a whole. */
  sources: z.array(sourceSchema.omit({ id: true, follows: true })).min(1),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
