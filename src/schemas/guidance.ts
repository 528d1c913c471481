import { z } from 'astro/zod';
import { CATEGORY_NAMES } from './category';

const guidanceSchema = z.object({
  /** What the category says about where the problem lies, in Markdown. */
  meaning: z.string().min(1),
  /** What to do about a code of this category, in Markdown. */
  action: z.string().min(1),
});

/** Frontmatter of `content/shared/categories.md`: general guidance per result category. */
export const categoriesFileSchema = z.object({
  categories: z.object(
    Object.fromEntries(CATEGORY_NAMES.map((name) => [name, guidanceSchema])) as Record<
      (typeof CATEGORY_NAMES)[number],
      typeof guidanceSchema
    >,
  ),
});

/** Guidance per result category as pages show it. */
export const categoryGuidanceSchema = z.record(
  z.enum(CATEGORY_NAMES),
  z.object({ meaning: z.string(), meaningHtml: z.string(), action: z.string(), actionHtml: z.string() }),
);

export type CategoryGuidance = z.infer<typeof categoryGuidanceSchema>;
