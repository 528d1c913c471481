import { z } from 'astro/zod';
import { categorySchema } from './category';
import { CODE_SPACE_IDS } from './code-space';
import { linkSchema } from './link';

const html = z.string();

/** An earlier wording of a record's message, as one version of its source printed it. */
export const wordingSchema = z.object({
  /** Id of the source version that printed it. */
  source: z.string(),
  /** The message as that version printed it, as plain text. */
  message: z.string().min(1),
});

/** A public issue thread that discusses a record. */
export const reportSchema = z.object({
  /** Address of the thread. */
  url: z.url({ protocol: /^https$/ }),
  /** When it was opened or resolved, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** One line in our own words on what resolved it. */
  summaryHtml: html,
  /** The same line as plain text. */
  summary: z.string().min(1),
});

/** A name an SDK gives the code in its error objects (`NoNgcEndpoint`), with where it was seen. */
export const sdkNameSchema = z.object({
  /** The name as the SDK writes it. */
  name: z.string().min(1),
  /** A public source file or thread that shows the name with this code. */
  seen: z.url({ protocol: /^https$/ }),
  /** That source's title, as the content gives it. */
  seenLabel: z.string(),
});

/** Numbers in other code spaces that stand for the same outcome (560486 ↔ SIP 486 ↔ Q.850 17). */
export const correspondenceSchema = z.object({
  /** ACS subcodes that carry this SIP response or cause. */
  acsSubcodes: z.array(z.number().int().nonnegative()),
  /** SIP response codes. */
  sip: z.array(z.number().int().nonnegative()),
  /** Q.850 cause values. */
  q850: z.array(z.number().int().nonnegative()),
});

/** One code: one row of one table, or one code of a row that lists several. */
export const codeRecordSchema = z.object({
  /** Slug of the area, from its content file name (`calling`, `pstn`, `sip`). */
  area: z.string().min(1),
  /** The numbering the code belongs to: an ACS code, a SIP response or a Q.850 cause. */
  codeSpace: z.enum(CODE_SPACE_IDS),
  /** `documented` in a Microsoft table or a standard; `observed` only in official clients or public reports. */
  status: z.enum(['documented', 'observed']),
  /** Title of the table the row sits in: the nearest heading above it. */
  table: z.string().min(1),
  /** Id of that table on the area page, unique within the area. */
  tableSlug: z.string().min(1),
  /** Position in the catalogue (areas by `order`, then rows as written); lists keep this order. */
  order: z.number().int().nonnegative(),
  /** The code (status, `ParticipantEndReason`, SMS status, SIP response, Q.850 cause), or null. */
  code: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable(),
  /** The subcode (`subCode`, `ParticipantEndSubCode`), or null when the row has none. */
  subcode: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable(),
  /** What the code means, as plain text; line breaks of the source kept as `\n`. */
  message: z.string().min(1),
  /** The message rendered to HTML. */
  messageHtml: html.min(1),
  /** The result category, normalised to a known spelling, or null when the source gives none. */
  resultCategory: categorySchema.nullable(),
  /** The category exactly as the source prints it, when that differs from `resultCategory`. */
  resultCategoryAsPublished: z.string().nullable(),
  /** What the source says to do, as plain text; empty when it says nothing. */
  advice: z.string(),
  /** The advice rendered to HTML. */
  adviceHtml: html,
  /** What the code usually means in ACS calls, in this site's own words (SIP responses, Q.850 causes); empty when none. */
  meaning: z.string(),
  /** The meaning rendered to HTML. */
  meaningHtml: html,
  /** What to check, in this site's own words (standards' codes, observed codes); empty when none. */
  guidance: z.string(),
  /** The guidance rendered to HTML. */
  guidanceHtml: html,
  /** Where an observed code was seen: client file and version, or a public report; empty when none. */
  evidence: z.string(),
  /** The evidence rendered to HTML. */
  evidenceHtml: html,
  /** When that evidence was last checked, `YYYY-MM-DD`, or null. */
  checked: z.string().nullable(),
  /** A mistake or inconsistency in the sources, shown flagged; empty when none. */
  note: z.string(),
  /** The note rendered to HTML. */
  noteHtml: html,
  /** Columns the parser has no meaning for, kept so that nothing is lost. */
  extra: z.array(z.object({ label: z.string(), html, text: z.string() })),
  /** Every link in the record's cells. */
  links: z.array(linkSchema),
  /** Ids of the source versions that list this row, oldest first. */
  listedIn: z.array(z.string()).min(1),
  /** Earlier wordings of the message, oldest first. */
  history: z.array(wordingSchema),
  /** The same outcome in other code spaces. */
  corresponds: correspondenceSchema,
  /** Public issue threads that discuss this record. */
  reports: z.array(reportSchema),
  /** Names SDKs give this code in their error objects; the lookup and search read them. */
  names: z.array(sdkNameSchema),
  /** URL segment that the table's settings put before the numbers, or null. */
  route: z.string().nullable(),
  /** Canonical path of the record's page, e.g. `/calling/487/10003/`. */
  url: z.string().regex(/^\/([a-z0-9-]+\/)+$/),
  /** Id of the record's row on the area page. */
  anchor: z.string().min(1),
  /** Content file and line of the row, for error messages. */
  file: z.string(),
  line: z.number().int().positive(),
});

export type CodeRecord = z.infer<typeof codeRecordSchema>;

/** A record as the parser makes it: everything the row says, before the catalogue gives it a place. */
export const parsedRecordSchema = codeRecordSchema.omit({
  url: true,
  anchor: true,
  order: true,
  reports: true,
  names: true,
});

export type ParsedRecord = z.infer<typeof parsedRecordSchema>;
export type Report = z.infer<typeof reportSchema>;
export type SdkName = z.infer<typeof sdkNameSchema>;
export type Correspondence = z.infer<typeof correspondenceSchema>;
