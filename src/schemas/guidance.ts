import { z } from 'astro/zod';
import { INTENTS } from '../records/intents';
import { CATEGORY_NAMES } from './category';

/**
 * A piece of general guidance as the content writes it: the text, in Markdown, and what it tells
 * the reader (`intents`), so that the build can refuse a page that would say two opposite things.
 */
export const declaredGuidanceSchema = z.strictObject({
  text: z.string().min(1),
  /** What the text tells the reader; `[]` when it neither asks for a retry nor says where the fault lies. */
  intents: z.array(z.enum(INTENTS)),
});

/** The same piece as pages show it. */
export const generalGuidanceSchema = z.object({
  text: z.string(),
  html: z.string(),
  intents: z.array(z.enum(INTENTS)),
});

/** Frontmatter of `content/shared/categories.md`: general guidance per result category. */
export const categoriesFileSchema = z.object({
  categories: z.object(
    Object.fromEntries(
      CATEGORY_NAMES.map((name) => [
        name,
        /** `meaning`: where the category says the problem lies; `action`: what to do about a code of it. */
        z.strictObject({ meaning: declaredGuidanceSchema, action: declaredGuidanceSchema }),
      ]),
    ) as Record<
      (typeof CATEGORY_NAMES)[number],
      z.ZodObject<{ meaning: typeof declaredGuidanceSchema; action: typeof declaredGuidanceSchema }>
    >,
  ),
});

/** Guidance per result category as pages show it. */
export const categoryGuidanceSchema = z.record(
  z.enum(CATEGORY_NAMES),
  z.object({ meaning: generalGuidanceSchema, action: generalGuidanceSchema }),
);

export type DeclaredGuidance = z.infer<typeof declaredGuidanceSchema>;
export type GeneralGuidance = z.infer<typeof generalGuidanceSchema>;
export type CategoryGuidance = z.infer<typeof categoryGuidanceSchema>;
