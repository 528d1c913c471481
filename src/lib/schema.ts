import { z } from 'astro/zod';

/** Values of `resultCategories` / `ResultCategory` in the ACS SDKs, with what each tells a developer. */
export const RESULT_CATEGORIES = {
  Success: 'The call or operation ended the way it should. Nothing to fix.',
  ExpectedError:
    'Expected from the SDK’s point of view: a precondition failed, an argument was wrong or the current state does not allow the call. Check the reason and the logic that calls the API.',
  UnexpectedClientError:
    'Something went wrong on the client: its network, device or environment. Retry; if it persists, collect logs and contact support.',
  UnexpectedServerError:
    'Something went wrong in the Azure Communication Services infrastructure. Retry; if it persists, file a support request.',
} as const;

export type ResultCategory = keyof typeof RESULT_CATEGORIES;

/** Spellings the sources publish that mean a known category; the record keeps the published one too. */
export const CATEGORY_SPELLINGS: Record<string, ResultCategory> = {
  UnxpectedClientError: 'UnexpectedClientError',
};

const categoryNames = Object.keys(RESULT_CATEGORIES) as [ResultCategory, ...ResultCategory[]];

/** A link found in a record's text, already absolute. */
export const linkSchema = z.object({
  /** Visible text of the link. */
  text: z.string(),
  /** Absolute https URL. */
  href: z.url(),
});

/** Where the wording of a table comes from. */
export const sourceSchema = z.object({
  /** Short id used in the area's frontmatter (`s001`). */
  id: z.string().min(1),
  /** Title of the published article. */
  title: z.string().min(1),
  /** Address of the article on Microsoft Learn. */
  url: z.url(),
  /** Publication date as `YYYY-MM-DD`, or null when the copy carries none. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** File name of the copy in `shared/seeds/` that the content was written from. */
  seed: z.string().optional(),
});

/** One documented ACS code: one row of one table, or one code of a row that lists several. */
export const codeRecordSchema = z.object({
  /** Slug of the SDK area, from its content file name (`calling`, `pstn`). */
  area: z.string().min(1),
  /** Title of the table the row sits in, as its heading reads. */
  table: z.string().min(1),
  /** Anchor of that table on the area page. */
  tableSlug: z.string().min(1),
  /** The code (SIP-like status, `ParticipantEndReason`, SMS status), or null when the table has none. */
  code: z.number().int().nonnegative().nullable(),
  /** The subcode (`subCode`, `ParticipantEndSubCode`), or null when the row has none. */
  subcode: z.number().int().nonnegative().nullable(),
  /** What the code means, as plain text; line breaks of the source kept as `\n`. */
  message: z.string().min(1),
  /** The message rendered to HTML, with inline code and links. */
  messageHtml: z.string().min(1),
  /** The result category, normalised to a known spelling, or null when the source gives none. */
  resultCategory: z.enum(categoryNames).nullable(),
  /** The category exactly as the source prints it, when that differs from `resultCategory`. */
  resultCategoryAsPublished: z.string().nullable(),
  /** What to do about it, as plain text; empty when the source gives no advice. */
  advice: z.string(),
  /** The advice rendered to HTML. */
  adviceHtml: z.string(),
  /** Every link in the message and the advice. */
  links: z.array(linkSchema),
  /** A mistake or inconsistency in the sources, shown flagged on the page; empty when none. */
  note: z.string(),
  /** The note rendered to HTML. */
  noteHtml: z.string(),
  /** Columns the parser has no meaning for, kept so that nothing is lost. */
  extra: z.array(z.object({ label: z.string(), html: z.string(), text: z.string() })),
  /** The sources the row's wording and links come from, wording source first. */
  sources: z.array(sourceSchema).min(1),
  /** URL segment that the table's settings put before the numbers, or null. */
  route: z.string().nullable(),
  /** Canonical path of the record's page, e.g. `/calling/487/10003/`. */
  url: z.string().startsWith('/'),
  /** Id of the record's row on the area page. */
  anchor: z.string().min(1),
  /** Content file and line of the row, for error messages and "edit this row". */
  file: z.string(),
  line: z.number().int().positive(),
});

export type CodeRecord = z.infer<typeof codeRecordSchema>;

/** A record before routing has given it a URL. */
export type ParsedRecord = Omit<CodeRecord, 'url' | 'anchor'>;
export type Source = z.infer<typeof sourceSchema>;
export type Link = z.infer<typeof linkSchema>;

/** Frontmatter of one area file in `content/`. */
export const areaFrontmatterSchema = z.object({
  /** Display name of the area (`Calling SDK`). */
  title: z.string().min(1),
  /** One sentence on which codes the area covers. */
  description: z.string().min(1),
  /** Position among the areas in navigation. */
  order: z.number().int(),
  /** Where the area's numbers show up in the API or the logs. */
  appearsIn: z.array(z.object({ field: z.string().min(1), description: z.string().min(1) })).min(1),
  /** What support asks for with a request about this area's codes, as the troubleshooting guide describes. */
  supportIds: z.array(z.string().min(1)).min(1).default(['MS-CV ID']),
  /** Every article the area's text comes from. */
  sources: z.array(sourceSchema).min(1),
  /** Per-table settings, keyed by the slug of the table's heading. */
  tables: z
    .record(
      z.string(),
      z.object({
        /** Ids of the sources of this table, wording source first; all of the area's when absent. */
        sources: z.array(z.string()).min(1).optional(),
        /** Extra URL segment for this table's records, to keep them apart from other tables'. */
        route: z
          .string()
          .regex(/^[a-z][a-z0-9-]*$/)
          .optional(),
      }),
    )
    .default({}),
});

export type AreaFrontmatter = z.infer<typeof areaFrontmatterSchema>;

/** An area as the site shows it: its frontmatter, its prose, and where each table goes. */
export const areaEntrySchema = z.object({
  /** Slug of the area, from its file name. */
  slug: z.string(),
  /** Content file, relative to the project. */
  file: z.string(),
  /** The file's frontmatter. */
  frontmatter: areaFrontmatterSchema,
  /** Prose before the first table heading, as HTML. */
  introHtml: z.string(),
  /** The frontmatter's `appearsIn`, with each description rendered to HTML. */
  appearsIn: z.array(z.object({ field: z.string(), html: z.string() })),
  /** One section per `##` heading: prose as HTML, and a marker where the table goes. */
  sections: z.array(
    z.object({
      title: z.string(),
      slug: z.string(),
      blocks: z.array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('html'), html: z.string() }),
          z.object({ kind: z.literal('table'), slug: z.string() }),
        ]),
      ),
    }),
  ),
});

export type AreaEntry = z.infer<typeof areaEntrySchema>;
