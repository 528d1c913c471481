import type { CodeRecord } from './schema';
import { numbersLabel } from './url';

export interface TicketContext {
  areaTitle: string;
  /** Absolute URL of the record's page. */
  url: string;
  /** What support asks for with a request about this area (the area's `supportIds`). */
  supportIds: string[];
  /** Absolute URL of the troubleshooting guide that explains how to collect them. */
  guideUrl: string;
}

/** The Markdown that "Copy as Markdown" puts on the clipboard, ready to paste into a ticket. */
export function ticketMarkdown(record: CodeRecord, context: TicketContext): string {
  const numbers = [
    record.code !== null ? `code ${record.code}` : null,
    record.subcode !== null ? `subcode ${record.subcode}` : null,
  ].filter(Boolean);
  return [
    `**ACS ${context.areaTitle} ${numbersLabel(record)}**: ${record.message.replace(/\n+/g, ' ')}`,
    '',
    `- Numbers: ${numbers.join(', ')}`,
    `- Result category: ${record.resultCategory ?? 'not given by the source'}`,
    `- Reference: ${context.url}`,
    '',
    `To attach to a support request: ${context.supportIds.join('; ')}. How to collect them: ${context.guideUrl}`,
    '',
  ].join('\n');
}
