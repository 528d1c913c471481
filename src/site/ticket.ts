import type { Strings } from '../i18n/en';
import { href } from '../routing/base';
import { oneLine } from '../records/text';
import type { CodePage } from './page-data/code';

/**
 * The Markdown that "Copy as Markdown" puts on the clipboard, ready to paste into a ticket. Without
 * a public address the build writes `{url}` and `{origin}`, and the page fills in its own.
 */
export function ticketMarkdown(t: Strings, page: CodePage): string {
  const numbers = [
    page.code !== null && t.ticket.code(page.code),
    page.subcode !== null && t.ticket.subcode(page.subcode),
  ].filter(Boolean);
  const general = page.answer.some((s) => s.reach !== 'code');
  const guide = page.support.guide && (page.support.guide.link || `{origin}${href(page.support.guide.path)}`);
  return [
    `**ACS ${page.area.title} ${page.label}**: ${oneLine(page.message)}`,
    '',
    `- ${t.ticket.numbers}: ${numbers.join(', ')}`,
    `- ${t.ticket.category}: ${page.category?.name ?? t.ticket.noCategory}`,
    ...(page.observed ? [`- ${t.ticket.status}: ${t.ticket.observed}`] : []),
    `- ${t.ticket.reference}: ${page.link || '{url}'}`,
    '',
    `${general ? t.ticket.whatToDoGeneral : t.ticket.whatToDo}: ${page.answer.map((s) => oneLine(s.text)).join(' ')}`,
    '',
    `${t.ticket.attach(page.support.ids.join('; '))}${guide ? ` ${t.ticket.howToCollect(guide)}` : ''}`,
    '',
  ].join('\n');
}
