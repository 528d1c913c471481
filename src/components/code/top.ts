import type { Strings } from '../../i18n/en';
import { href } from '../../routing/base';
import type { Certainty } from '../../site/page-data/certainty';
import type { CodePage } from '../../site/page-data/code';
import type { SourceVersion } from '../../site/page-data/sources';
import { ticketMarkdown } from '../../site/ticket';
import { attr, markup, raw } from '../html';
import { numbers, sourceIssue, versionText } from '../parts';
import { said } from './said';

// The first phone screen of a code page: where it is listed, the numbers, Copy link, the message,
// how sure the page is, and what to do for this code. Everything general comes after.

/** The key that copies the page link; shown on the button and announced to assistive technology. */
export const COPY_SHORTCUT = 'c';

export function top(t: Strings, page: CodePage) {
  return markup`<p class="text-sm text-muted">${page.area.title} · ${page.table}</p>
    <div class="mt-1 flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
      <h1 class="text-5xl font-bold tracking-tight break-all sm:text-6xl">${numbers(t, page.code, page.subcode)}</h1>
      ${copyButtons(t, page)}
    </div>
    ${message(t, page)}
    ${page.noteHtml && sourceIssue(t, page.noteHtml)} ${certaintyLine(t, page.certainty)} ${answer(t, page)}`;
}

/** A message longer than this (in characters) is set smaller, so that what to do stays on the first screen. */
const LONG_MESSAGE = 240;
/** Items of a long listed message shown before the rest folds away (Microsoft's Teams phrases). */
const LIST_LEAD = 2;

function message(t: Strings, page: CodePage) {
  if (page.message.length <= LONG_MESSAGE)
    return markup`<div class="md mt-4 text-xl leading-relaxed">${raw(page.messageHtml)}</div>`;
  const folded = foldList(page.messageHtml, LIST_LEAD);
  return markup`<div class="md mt-4 text-lg leading-relaxed">
    ${folded ? [raw(folded.lead), markup`<details class="mt-1"><summary class="cursor-pointer text-base text-muted">${t.code.moreItems(folded.more)}</summary>${raw(folded.rest)}</details>`] : raw(page.messageHtml)}
  </div>`;
}

/**
 * A message that is one list of more than `keep` + 1 items, split after `keep` of them (all the text
 * stays on the page); null for any other message.
 */
export function foldList(html: string, keep: number): { lead: string; rest: string; more: number } | null {
  if ((html.match(/<ul>/g) ?? []).length !== 1) return null;
  const list = /^\s*<ul>\s*((?:<li>[\s\S]*?<\/li>\s*)+)<\/ul>\s*$/.exec(html);
  if (!list) return null;
  const items = list[1]!.match(/<li>[\s\S]*?<\/li>/g)!;
  if (items.some((item) => item.slice(4).includes('<li>')) || items.length <= keep + 1) return null;
  return {
    lead: `<ul>${items.slice(0, keep).join('')}</ul>`,
    rest: `<ul>${items.slice(keep).join('')}</ul>`,
    more: items.length - keep,
  };
}

function copyButtons(t: Strings, page: CodePage) {
  const button = 'rounded border border-line px-3 py-1.5 text-sm font-semibold hover:bg-card';
  return markup`<acs-copy hidden class="no-print flex flex-wrap items-center gap-2" ${attr('data-link', page.link)}
      data-markdown="${ticketMarkdown(t, page)}" data-strings="${JSON.stringify(t.copy)}" data-shortcut="${COPY_SHORTCUT}">
    <button type="button" class="${button}" data-copy="link" aria-keyshortcuts="${COPY_SHORTCUT.toUpperCase()}"
        title="${t.code.copyShortcut}">
      ${t.copy.link}<kbd aria-hidden="true" class="ml-2 hidden rounded border border-line px-1 font-mono text-xs font-normal text-muted sm:inline">${COPY_SHORTCUT.toUpperCase()}</kbd>
    </button>
    <button type="button" class="${button}" data-copy="markdown">${t.copy.markdown}</button>
    <span role="status" aria-live="polite" class="text-sm text-muted"></span>
  </acs-copy>`;
}

/** "Documented by Microsoft · since 2023-11-24", "Observed, not documented · seen in …", "Standard: RFC 3261". */
export function certaintyText(t: Strings, c: Certainty): [string, string] {
  if (c.kind === 'standard') return [t.certainty.standard(c.name), ''];
  if (c.kind === 'observed') return [t.certainty.observed, t.certainty.seenIn(c.where.join('; '))];
  const since = c.since ? sinceText(t, c.since) : '';
  const dropped = c.droppedBy ? t.certainty.dropped(versionText(t, c.droppedBy)) : '';
  return [t.certainty.documented, [since, dropped].filter(Boolean).join(' · ')];
}

/** An undated first version is placed between the dated versions around it. */
function sinceText(t: Strings, v: SourceVersion): string {
  if (v.date) return t.certainty.since(v.date);
  if (v.after && v.before) return t.certainty.sinceBetween(v.after, v.before);
  return v.before ? t.certainty.sinceBefore(v.before) : t.certainty.since(versionText(t, v));
}

function certaintyLine(t: Strings, c: Certainty) {
  const [head, rest] = certaintyText(t, c);
  const tone = c.kind === 'observed' ? 'text-warn' : c.kind === 'standard' ? 'text-ink' : 'text-ok';
  return markup`<p class="mt-3 text-sm" data-certainty="${c.kind}">
    <strong class="${tone}">${head}</strong>${rest && markup`<span class="text-muted"> · ${rest}</span>`}
  </p>`;
}

function answer(t: Strings, page: CodePage) {
  const context = { area: page.area.title, space: page.space, sources: page.sources };
  return markup`<section class="mt-4 rounded border border-line p-4" data-what-to-do aria-labelledby="what-to-do">
    <h2 id="what-to-do" class="text-xl font-semibold">${t.code.whatToDo}</h2>
    ${page.answer.map((s) => said(t, s, context))} ${page.support.needed && support(t, page.support)}
  </section>`;
}

function support(t: Strings, s: CodePage['support']) {
  return markup`<aside class="mt-4 border-t border-line pt-3 text-sm">
    <p>${t.code.supportIntro}</p>
    <ul class="mt-2 list-disc pl-5">
      ${s.idsHtml.map((id) => markup`<li class="md">${raw(id)}</li>`)}
    </ul>
    ${s.guide && markup`<p class="mt-2"><a href="${href(s.guide.path)}">${t.guideTitle} →</a></p>`}
  </aside>`;
}
