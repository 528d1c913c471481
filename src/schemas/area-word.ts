import { z } from 'astro/zod';

/** What kind of name points a paste at an area; a plain word counts only in a short typed query. */
export const AREA_WORD_KINDS = ['package', 'namespace', 'class', 'event', 'operation', 'word'];

/** A word in pasted text that names the area its codes come from, as `shared/area-words.md` lists it. */
export const areaWordSchema = z.object({
  /** The word as SDKs, events and logs write it (`Azure.Communication.Chat`, `PlayFailed`). */
  word: z.string().min(1),
  /** Slugs of the areas it points to. */
  areas: z.array(z.string().min(1)).min(1),
  kind: z.enum(['package', 'namespace', 'class', 'event', 'operation', 'word']),
  /** Where the word is seen: a public source file or thread. */
  seen: z.url({ protocol: /^https$/ }),
  /** Line in `shared/area-words.md`, for error messages. */
  line: z.number().int().positive(),
});

export type AreaWord = z.infer<typeof areaWordSchema>;
