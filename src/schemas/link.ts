import { z } from 'astro/zod';

/** A link found in a record's text, already checked to be absolute http(s). */
export const linkSchema = z.object({
  /** Visible text of the link. */
  text: z.string(),
  /** Absolute http(s) URL. */
  href: z.url({ protocol: /^https?$/ }),
});

export type Link = z.infer<typeof linkSchema>;
