import { z } from 'astro/zod';
import { CODE_SPACE_IDS } from './code-space';
import { declaredGuidanceSchema } from './guidance';
import { sourceSchema } from './source';

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** Which upstream table feeds one of ours, for `npm run import`. */
export const upstreamTableSchema = z.object({
  /** Slug of the upstream table's nearest heading (`calling-end-call-codes-and-subcodes`, `4xx-codes`). */
  table: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Which of its rows: all, only those with a subcode, or only code-only rows. */
  rows: z.enum(['all', 'with-subcode', 'code-only']).default('all'),
});

/**
 * The columns of a table, by their header names (`Code`, `Message`, `Callback Event`), in any order:
 * every field a table has or lacks, and every extra column it shows, is stated, never guessed.
 */
const columnsSchema = z.array(z.string().trim().min(1)).min(1);

/** Settings of one table, keyed in the frontmatter by the table's id. */
export const tableSettingsSchema = z.object({
  /** This table's columns, when they differ from the area's `columns`. */
  columns: columnsSchema.optional(),
  /** Extra URL segment for this table's records, to keep them apart from other tables' (`status`). */
  route: slug.optional(),
  /** Overrides the area's `status` for this table. */
  status: z.enum(['documented', 'observed']).optional(),
  /** The upstream tables this one is imported from; absent for tables the import leaves alone. */
  upstream: z.array(upstreamTableSchema).optional(),
});

/** Frontmatter of one area file in `content/`. */
export const areaFrontmatterSchema = z.object({
  /** Display name of the area (`Calling SDK`). */
  title: z.string().min(1),
  /** A shorter title for the site's navigation, when the title is long (`Observed`). */
  navTitle: z.string().min(1).optional(),
  /** One sentence on which codes the area covers. */
  description: z.string().min(1),
  /** Position among the areas in navigation. */
  order: z.number().int(),
  /** The numbering its codes belong to; SIP and Q.850 codes never match ACS codes in a lookup. */
  codeSpace: z.enum(CODE_SPACE_IDS).default('acs'),
  /** `observed` for codes that no Microsoft table lists; their pages say so. */
  status: z.enum(['documented', 'observed']).default('documented'),
  /** Where the area's numbers show up in the API or the logs. */
  appearsIn: z.array(z.object({ field: z.string().min(1), description: z.string().min(1) })).min(1),
  /** What support asks for with a request about this area's codes. */
  supportIds: z.array(z.string().min(1)).min(1).default(['MS-CV ID']),
  /** Every version of every article the area's rows come from. */
  sources: z.array(sourceSchema).min(1),
  /**
   * General guidance written for this area, each with its intents: per code (`429`), per code class
   * (`4xx`, `5xx`, `0`), and `subcode` for codes without one.
   */
  classes: z.record(z.string().regex(/^(\d+|\dx+|subcode)$/), declaredGuidanceSchema).default({}),
  /** How SIP and Q.850 details that come with this area's codes relate to them, in Markdown; shown on each code page. */
  carrierDetails: z.string().min(1).optional(),
  /** The columns of the area's tables (known fields and extra columns); a table may declare its own. */
  columns: columnsSchema.optional(),
  /** Per-table settings, keyed by the table's id (the slug of its heading). */
  tables: z.record(slug, tableSettingsSchema).default({}),
});

export type AreaFrontmatter = z.infer<typeof areaFrontmatterSchema>;

/** A heading, a piece of prose or a table, in the order the area file has them. */
export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), depth: z.number().int(), id: z.string(), text: z.string() }),
  z.object({ kind: z.literal('html'), html: z.string() }),
  z.object({
    kind: z.literal('table'),
    slug: z.string(),
    title: z.string(),
    /** A second table under one heading needs an anchor of its own; the first uses the heading's. */
    ownAnchor: z.boolean(),
  }),
]);

/** An area as the site shows it: its frontmatter and its body, with a marker where each table goes. */
export const areaEntrySchema = z.object({
  /** Slug of the area, from its file name. */
  slug,
  /** Content file, relative to the project. */
  file: z.string(),
  /** The file's frontmatter. */
  frontmatter: areaFrontmatterSchema,
  /** The body: prose before the first heading, headings, prose and tables. */
  blocks: z.array(blockSchema),
  /** Prose directly under each table's heading, as HTML, by table id: what the source says of the whole table. */
  tableIntros: z.record(z.string(), z.string()),
  /** The frontmatter's `appearsIn`, with each description rendered to HTML. */
  appearsIn: z.array(z.object({ field: z.string(), html: z.string() })),
  /** The frontmatter's `supportIds`, rendered to HTML. */
  supportIdsHtml: z.array(z.string()),
  /** The class guidance, rendered to HTML. */
  classesHtml: z.record(z.string(), z.string()),
  /** `carrierDetails` rendered to HTML, or empty. */
  carrierDetailsHtml: z.string(),
});

export type AreaEntry = z.infer<typeof areaEntrySchema>;
export type Block = z.infer<typeof blockSchema>;
export type TableSettings = z.infer<typeof tableSettingsSchema>;
