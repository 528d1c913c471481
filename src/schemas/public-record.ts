import { z } from 'astro/zod';
import { codeRecordSchema } from './record';
import { sourceSchema } from './source';

const field = codeRecordSchema.shape;

/** One record of `/codes.json` and `/codes.csv`: what scripts and bots need, without rendering details. */
export const publicRecordSchema = z
  .object({
    area: field.area.describe('Slug of the area: calling, call-automation, pstn, chat, sms, sip, q850, observed.'),
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
    message: field.message.describe('What the code means, as plain text; line breaks kept as \\n.'),
    resultCategory: field.resultCategory.describe('The result category; null when the source gives none.'),
    advice: field.advice.describe('What the source says to do, as plain text; empty when it says nothing.'),
    url: field.url.describe('Canonical path of the record page on this site, e.g. /calling/487/10003/.'),
    source: z
      .array(sourceSchema.pick({ title: true, url: true, date: true }))
      .min(1)
      .describe('The source versions that list the record, newest first; date is YYYY-MM-DD or null.'),
    note: z.string().optional().describe('A mistake or inconsistency in the sources, when there is one.'),
    // Every other cell of the record's row, so that nothing the table says is missing here.
    resultCategoryAsPublished: z
      .string()
      .optional()
      .describe('The result category exactly as the source prints it, when that differs from resultCategory.'),
    meaning: z.string().optional().describe("What the code usually means in ACS calls, in this site's own words."),
    guidance: z.string().optional().describe("What to check, in this site's own words."),
    evidence: z.string().optional().describe('Where an observed code was seen.'),
    checked: z.string().optional().describe('When that evidence was last checked, YYYY-MM-DD.'),
    earlierWordings: z
      .array(
        z.object({
          message: z.string(),
          source: sourceSchema.pick({ title: true, url: true, date: true }),
        }),
      )
      .optional()
      .describe('Earlier wordings of the message, oldest first, with the source version that printed each.'),
    corresponds: field.corresponds
      .optional()
      .describe('The same outcome in other code spaces: ACS subcodes, SIP responses, Q.850 causes.'),
    extra: z
      .record(z.string(), z.string())
      .optional()
      .describe("The table's other columns, by header: what the source table says besides (e.g. Callback Event)."),
  })
  .describe('An Azure Communication Services code, SIP response or Q.850 cause.');

export type PublicRecord = z.infer<typeof publicRecordSchema>;
