import { en as t } from '../i18n/en';
import { stringsFor } from '../i18n';
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

/** "Calling SDK 487/10003", "SIP 486": the area and the numbers. */
export const recordName = (record: CodeRecord, areaTitle: string) => `${areaTitle} ${numbersLabel(record)}`;

export function codeMeta(record: CodeRecord, areaTitle: string): Meta {
  const name = recordName(record, areaTitle);
  return {
    title: `${name}: ${shorten(record.message, 90)} · ${t.siteName}`,
    previewTitle: `${name}: ${shorten(record.message, 70)}`,
    description: shorten(`${record.message}\n${record.advice || record.guidance}`, 200),
  };
}

export const areaMeta = (area: AreaEntry): Meta => ({
  title: `${t.areaTitle(area.frontmatter.title)} · ${t.siteName}`,
  description: area.frontmatter.description,
});

export const numberMeta = (number: number, count: number): Meta => ({
  title: `${t.numberTitle(number)} · ${t.siteName}`,
  description: t.numberIntro(number, count),
});

export const guideMeta = (guide: { title: string; description: string; lang: string }): Meta => ({
  title: `${guide.title} · ${stringsFor(guide.lang).siteName}`,
  description: guide.description,
});
