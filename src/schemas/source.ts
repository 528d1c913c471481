import { z } from 'astro/zod';

/** One dated version of one article that tables come from. */
export const sourceSchema = z.object({
  /** Short id that rows name in their `Listed in` cell (`s001`, `u2025`). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Title of the published article. */
  title: z.string().min(1),
  /** Address of the article on Microsoft Learn (or of the registry or standard). */
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date as `YYYY-MM-DD`, or null when the copy carries none. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** File name of the copy in `shared/seeds/` that the content was written from. */
  seed: z.string().optional(),
  /** Repository and commit the import read this version from (`MicrosoftDocs/azure-docs@4260367…`). */
  upstream: z.string().optional(),
  /** Id of the previous version of the same article: what "removed" and "reworded" compare against. */
  follows: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
