import type { Strings } from '../i18n/en';
import type { AreaEntry } from '../schemas/area';
import type { CodeRecord } from '../schemas/record';
import { numbersLabel } from '../records/label';
import { shorten } from '../records/text';

/** The title and preview of a page: what a link pasted into a chat or a ticket shows. */
export interface Meta {
  title: string;
  description: string;
  /** A shorter title for link previews (og:title); defaults to `title`. */
  previewTitle?: string | undefined;
}

/** "Calling SDK 487/10003", "SIP responses 486": the area and the numbers. */
export const recordName = (record: Pick<CodeRecord, 'code' | 'subcode'>, areaTitle: string) =>
  `${areaTitle} ${numbersLabel(record)}`;

/** A code page previews with its numbers, its message and the start of what to do. */
export function codeMeta(t: Strings, page: { name: string; message: string; answer: string }): Meta {
  return {
    title: `${page.name}: ${shorten(page.message, 90)} · ${t.siteName}`,
    previewTitle: `${page.name}: ${shorten(page.message, 70)}`,
    description: shorten(`${page.message}\n${page.answer}`, 200),
  };
}

export const areaMeta = (t: Strings, area: AreaEntry): Meta => ({
  title: `${t.areaTitle(area.frontmatter.title)} · ${t.siteName}`,
  description: area.frontmatter.description,
});

export const numberMeta = (t: Strings, number: number, count: number): Meta => ({
  title: `${t.numberTitle(number)} · ${t.siteName}`,
  description: t.numberIntro(number, count),
});

export const guideMeta = (t: Strings, guide: { title: string; description: string }): Meta => ({
  title: `${guide.title} · ${t.siteName}`,
  description: guide.description,
});

/** A page of the site with a fixed title (`/codes/`, `/changes/`). */
export const fixedMeta = (t: Strings, title: string, description: string): Meta => ({
  title: `${title} · ${t.siteName}`,
  description,
});
