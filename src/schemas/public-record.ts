import { z } from 'astro/zod';
import { codeRecordSchema } from './record';
import { sourceSchema } from './source';

/**
 * Version of the `/codes.json` format (semver): a new field is a minor step, a renamed, removed or
 * retyped one a major step. Every change gets an entry in CHANGELOG.md and a regenerated
 * `schema/codes.schema.json` (`npm run schema`).
 */
export const SCHEMA_VERSION = '2.1.0';

const field = codeRecordSchema.shape;

/** A licence under which the site reuses a source's text. */
export const licenseSchema = z
  .object({
    id: z.string().min(1).describe('SPDX identifier, e.g. CC-BY-4.0 or MIT.'),
    name: z.string().min(1).describe('Full name of the licence.'),
    url: z.url({ protocol: /^https$/ }).describe('Where the licence text is published.'),
  })
  .describe('A licence.');

/** A source version, with the licence of its text. */
export const publicSourceSchema = sourceSchema
  .pick({ id: true, title: true, url: true, date: true })
  .extend({
    publisher: z
      .enum(['microsoft', 'standard', 'community'])
      .describe('Who published it: Microsoft, a standards body or registry, or a public issue tracker or client.'),
    license: licenseSchema
      .nullable()
      .describe(
        'The licence of its text; null where the site reuses only its numbers and names, which it cites and links.',
      ),
  })
  .describe('One dated version of an article, registry or client that lists codes.');

/** One piece of what a code page says about a record, with who said it. */
export const publicGuidanceSchema = z
  .object({
    kind: z
      .enum(['meaning', 'action'])
      .describe('meaning: what the code means, under the message; action: what to do about it.'),
    author: z
      .enum(['microsoft', 'standard', 'observed', 'site'])
      .describe(
        "Who said it: Microsoft's source, the standard, this site from observed evidence, or this site's own general words.",
      ),
    source: z
      .string()
      .nullable()
      .describe('Id of the source version (in sources) that says it, for microsoft and standard; else null.'),
    scope: z
      .enum(['source', 'site', 'usage', 'table', 'category', 'class'])
      .describe(
        'How far it reaches: this record (source, site, usage) or every record of its table, result category or class (general guidance).',
      ),
    about: z.string().describe('The table, result category or class a general piece is about; empty otherwise.'),
    text: z.string().describe('As plain text or Markdown, for a ticket.'),
    html: z.string().describe('As the page shows it, links kept; site links are absolute URLs.'),
  })
  .describe('One piece of guidance.');

/** One record of `/codes.json`: what scripts and bots need, without rendering details. */
export const publicRecordSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/)
      .describe(
        'Stable id: the record page path without slashes around it, e.g. calling/487/10003. Published URLs never change.',
      ),
    href: z.url().describe('Absolute URL of the record page, base path included.'),
    url: field.url.describe(
      'Path of the record page below the site root, without the base path, e.g. /calling/487/10003/. Open href instead.',
    ),
    area: field.area.describe('Slug of the area: calling, call-automation, pstn, chat, sms, sip, q850, observed…'),
    codeSpace: field.codeSpace.describe(
      'acs for an Azure Communication Services code, sip for a SIP response, q850 for a Q.850 cause.',
    ),
    status: field.status.describe(
      'documented by Microsoft or a standard; observed only in official clients or public reports.',
    ),
    table: field.table.describe('Title of the table the record comes from.'),
    code: field.code.describe(
      'The code (status, ParticipantEndReason, SMS status, SIP response, Q.850 cause); null if none.',
    ),
    subcode: field.subcode.describe('The subcode (subCode, ParticipantEndSubCode); null if none.'),
    message: field.message.describe(
      'What the code means, as the source words it, as plain text; line breaks kept as \\n.',
    ),
    resultCategory: field.resultCategory.describe('The result category; null when the source gives none.'),
    advice: field.advice.describe(
      'What the source says to do, as plain text; empty when it says nothing. With its links: guidance (scope source).',
    ),
    guidance: z
      .array(publicGuidanceSchema)
      .describe('Everything the page says under the message, in page order, each piece with its author.'),
    links: z
      .array(z.object({ text: z.string(), href: z.url() }))
      .describe("Every link in the record's cells, with its text and absolute target."),
    evidence: z
      .object({
        text: z.string().min(1).describe('Where it was seen, as the content writes it (Markdown links and code).'),
        html: z
          .string()
          .min(1)
          .describe('Where it was seen (client file and version, or a public report), links kept.'),
        checked: field.checked.describe('When that evidence was last checked, YYYY-MM-DD, or null.'),
      })
      .nullable()
      .describe('For an observed record, the evidence its guidance rests on; null for a documented one.'),
    history: z
      .object({
        listedIn: z.array(z.string()).min(1).describe('Ids of the source versions that list the record, oldest first.'),
        earlierWordings: z
          .array(z.object({ source: z.string(), message: z.string().min(1) }))
          .describe('Earlier wordings of the message, oldest first: the version (id) that printed it and the text.'),
      })
      .describe('Where the record has been listed and how its message was worded before.'),
    source: z
      .array(publicSourceSchema)
      .min(1)
      .describe('The source versions that list the record, newest first; date is YYYY-MM-DD or null.'),
    note: z.string().optional().describe('A mistake or inconsistency in the sources, when there is one.'),
    // Every other cell of the record's row, so that nothing the table says is missing here.
    resultCategoryAsPublished: z
      .string()
      .optional()
      .describe('The result category exactly as the source prints it, when that differs from resultCategory.'),
    corresponds: field.corresponds
      .optional()
      .describe('The same outcome in other code spaces: ACS subcodes, SIP responses, Q.850 causes.'),
    extra: z
      .record(z.string(), z.object({ text: z.string(), html: z.string() }))
      .optional()
      .describe(
        "The table's other columns, by header (e.g. Callback Event): each as text and as HTML with its links (site links absolute).",
      ),
  })
  .describe('An Azure Communication Services code, SIP response or Q.850 cause.');

/** `/codes.json`: the versioned envelope around the records. */
export const codesFileSchema = z
  .object({
    $schema: z.url().describe('Address of the JSON Schema of this file.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this format (semver); see CHANGELOG.md.'),
    generated: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      .describe('When the content was last changed: the commit date of the build (UTC), never the clock of the build.'),
    license: z
      .object({
        code: licenseSchema.describe("The licence of the site's code."),
        content: z
          .array(
            z.object({
              license: licenseSchema,
              attribution: z.string().min(1).describe('The notice to keep when reusing this text.'),
              sources: z.array(z.string()).min(1).describe('Ids of the source versions under this licence.'),
            }),
          )
          .describe("The licences of the sources' text, with the sources under each."),
        notice: z.string().min(1).describe('Who wrote what, in one paragraph.'),
      })
      .describe('Licences of the code and of the content.'),
    sources: z.array(publicSourceSchema).describe('Every source version, oldest first.'),
    records: z.array(publicRecordSchema),
  })
  .describe('Every Azure Communication Services code, SIP response and Q.850 cause of the site.');

export type PublicRecord = z.infer<typeof publicRecordSchema>;
export type PublicSource = z.infer<typeof publicSourceSchema>;
export type PublicGuidance = z.infer<typeof publicGuidanceSchema>;
export type License = z.infer<typeof licenseSchema>;
export type CodesFile = z.infer<typeof codesFileSchema>;
