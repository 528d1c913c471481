import type { AreaEntry } from '../schemas/area';
import type { CategoryGuidance } from '../schemas/guidance';
import type { CodeRecord } from '../schemas/record';
import { actionPieces } from '../records/guidance';
import { numbersLabel } from '../records/label';
import { oneLine } from '../records/text';

export interface TicketContext {
  area: AreaEntry;
  /** Absolute URL of the record's page (`{url}` when the page fills it in). */
  url: string;
  /** Absolute URL of the troubleshooting guide that explains how to collect the IDs. */
  guideUrl: string | null;
  categories: CategoryGuidance | null;
}

/** The Markdown that "Copy as Markdown" puts on the clipboard, ready to paste into a ticket. */
export function ticketMarkdown(record: CodeRecord, context: TicketContext): string {
  const { area } = context;
  const numbers = [
    record.code !== null && `code ${record.code}`,
    record.subcode !== null && `subcode ${record.subcode}`,
  ].filter(Boolean);
  const pieces = actionPieces(record, area, context.categories);
  const general = pieces.some((p) => p.scope !== 'source');
  return [
    `**ACS ${area.frontmatter.title} ${numbersLabel(record)}**: ${oneLine(record.message)}`,
    '',
    `- Numbers: ${numbers.join(', ')}`,
    `- Result category: ${record.resultCategory ?? 'not given by the source'}`,
    ...(record.status === 'observed'
      ? ['- Status: observed in official clients or public reports, not documented by Microsoft']
      : []),
    `- Reference: ${context.url}`,
    '',
    `${general ? 'What to do (general guidance, not advice for this exact code)' : 'What to do'}: ${pieces.map((p) => oneLine(p.text)).join(' ')}`,
    '',
    `To attach to a support request: ${area.frontmatter.supportIds.join('; ')}.${context.guideUrl ? ` How to collect them: ${context.guideUrl}` : ''}`,
    '',
  ].join('\n');
}
