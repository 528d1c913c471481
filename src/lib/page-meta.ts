import { stringsFor } from '../i18n';
import { en as t } from '../i18n/en';
import type { GuideEntry } from './load-guides';
import type { AreaEntry, CodeRecord } from './schema';
import { numbersLabel } from './url';

/** Shortens text at a word boundary, for titles and descriptions that previews cut anyway. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')} …`;
}

/** "ACS Calling SDK 487/10003 — Call was canceled …": what a pasted link shows in a chat or a ticket. */
export function codeMeta(record: CodeRecord, areaTitle: string) {
  const numbers = `${areaTitle} ${numbersLabel(record)}`;
  const firstLine = record.message.split('\n')[0]!;
  return {
    title: `${numbers}: ${shorten(firstLine, 90)} · ${t.siteName}`,
    previewTitle: `ACS ${numbers} — ${shorten(firstLine, 70)}`,
    description: shorten(`${record.message} ${record.advice}`, 200),
  };
}

export function areaMeta(area: AreaEntry) {
  return { title: `${t.areaTitle(area.frontmatter.title)} · ${t.siteName}`, description: area.frontmatter.description };
}

export function numberMeta(number: number, count: number) {
  return { title: `${t.numberTitle(number)} · ${t.siteName}`, description: t.numberIntro(number, count) };
}

export function guideMeta(guide: GuideEntry, translations: GuideEntry[]) {
  const site = stringsFor(guide.lang).siteName;
  return {
    title: `${guide.title} · ${site}`,
    description: guide.description,
    alternates: [guide, ...translations].map((g) => ({ lang: g.lang, path: g.path })),
  };
}
