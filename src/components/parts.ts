import type { Strings } from '../i18n/en';
import { href } from '../routing/base';
import type { ResultCategory } from '../schemas/category';
import type { RecordLink } from '../site/page-data/record-link';
import type { SourceVersion } from '../site/page-data/sources';
import { attr, markup, raw } from './html';

// Small pieces that Astro components and the code page template share, so both render them alike.

/** The numbers with their names for screen readers; `wrap` lets a pair wrap on a narrow phone under a heading. */
export const numbers = (t: Strings, code: number | null, subcode: number | null, wrap = true) =>
  markup`<span class="${wrap ? 'inline-flex items-baseline gap-x-3 font-mono flex-wrap' : 'inline-flex items-baseline gap-x-3 font-mono'}">${[
    code !== null && markup`<span><span class="sr-only">${t.code.code} </span>${code}</span>`,
    code !== null && subcode !== null && markup`<span aria-hidden="true" class="text-muted">/</span>`,
    subcode !== null && markup`<span><span class="sr-only">${t.code.subcode} </span>${subcode}</span>`,
  ]}</span>`;

const TONE: Record<ResultCategory, string> = {
  Success: 'border-ok text-ok',
  ExpectedError: 'border-accent text-accent',
  UnexpectedClientError: 'border-warn text-warn',
  UnexpectedServerError: 'border-bad text-bad',
};

const BADGE = 'inline-block rounded border px-2 py-0.5 font-mono text-xs font-semibold whitespace-nowrap';

export const categoryBadge = (category: ResultCategory) =>
  markup`<span class="${`${BADGE} ${TONE[category]}`}">${category}</span>`;

/** A mistake in the sources, flagged; compact in a table row. */
export const sourceIssue = (t: Strings, noteHtml: string, compact = false) =>
  markup`<div role="note" class="${`rounded border-l-4 border-warn bg-warn-bg text-ink ${compact ? 'mt-2 px-2 py-1 text-sm' : 'mt-4 px-4 py-3'}`}">
    <strong class="text-warn">⚠ ${t.code.sourceIssue}:</strong> <div class="md inline [&>p]:inline">${raw(noteHtml)}</div>
  </div>`;

/** Records as a list of links: numbers, where they are listed, and their message. */
export const recordList = (t: Strings, links: RecordLink[]) =>
  markup`<ul class="record-list">
    ${links.map(
      (r) => markup`<li>
        <a href="${href(r.url)}" class="record-link">
          <span class="font-mono font-semibold break-all text-accent">${r.label}</span>
          <span class="text-sm text-muted">${r.area} · ${r.table}${r.observed && markup`<span class="block text-warn">${t.code.observed}</span>`}</span>
          <span>${r.message}</span>
        </a>
      </li>`,
    )}
  </ul>`;

/** "2025-07-14", or where an undated version sits between dated ones: versions of one article stay apart. */
export function versionText(t: Strings, v: Pick<SourceVersion, 'date' | 'after' | 'before'>): string {
  if (v.date) return v.date;
  if (v.after && v.before) return t.version.between(v.after, v.before);
  if (v.before) return t.version.before(v.before);
  return v.after ? t.version.after(v.after) : t.version.undated;
}

export const sourceList = (t: Strings, sources: Pick<SourceVersion, 'title' | 'url' | 'date' | 'after' | 'before'>[]) =>
  markup`<ul class="mt-2 space-y-1 text-sm">
    ${sources.map(
      (s) => markup`<li><a href="${s.url}">${s.title}</a> <span class="text-muted">(${versionText(t, s)})</span></li>`,
    )}
  </ul>`;

export { attr };
