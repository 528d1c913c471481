import type { Strings } from '../../i18n/en';
import { href } from '../../routing/base';
import { numberPath } from '../../routing/urls';
import type { CodePage } from '../../site/page-data/code';
import { markup, raw, type Part } from '../html';
import { categoryBadge, recordList, sourceList, versionText } from '../parts';
import { said } from './said';

// What follows the first screen: what the code means in general, where it shows up, related records
// and the sources. Each section is left out when it would be empty.

// Class names stay whole words in the source: Tailwind finds the utilities a code page needs by scanning it.
const section = (title: string, body: Part, extra = '') =>
  markup`<section class="${['mt-8 border-t border-line pt-6', extra].join(' ').trim()}">
    <h2 class="text-xl font-semibold">${title}</h2>
    ${body}
  </section>`;

export function meaning(t: Strings, page: CodePage) {
  const context = { area: page.area.title, space: page.space, sources: page.sources };
  const category = page.category;
  const line = page.categorized
    ? category
      ? markup`<p class="mt-3">
          ${t.code.resultCategory}: ${categoryBadge(category.name)} <span class="text-muted">${t.categoryGloss[category.name]}</span>
          ${category.asPublished && markup`<span class="block text-sm text-warn">⚠ ${t.code.publishedAs(category.asPublished)}</span>`}
        </p>`
      : markup`<p class="mt-3 text-muted">${t.code.noCategory}</p>`
    : null;
  if (!line && page.meaning.length === 0) return null;
  return section(t.code.whatItMeans, [line, page.meaning.map((s) => said(t, s, context))]);
}

/** The record's other columns, as its table prints them (a callback event, a standard's reference). */
export const fromTable = (t: Strings, page: CodePage) =>
  page.extra.length > 0 &&
  section(
    t.code.fromTable,
    markup`<dl class="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
      ${page.extra.map(
        (e) =>
          markup`<dt class="font-semibold">${e.label}</dt>
            <dd class="md">${raw(e.html)}</dd>`,
      )}
    </dl>`,
  );

export function where(t: Strings, page: CodePage) {
  const { fields, carrierDetailsHtml } = page.where;
  return section(t.code.whereItAppears, [
    markup`<ul class="mt-3 space-y-1">
      ${fields.map(
        (f) =>
          markup`<li><code class="font-mono font-semibold break-all">${f.field}</code> <span class="md text-muted">— ${raw(f.html)}</span></li>`,
      )}
    </ul>`,
    carrierDetailsHtml &&
      markup`<div class="mt-4 rounded border border-line p-4">
        <h3 class="font-semibold">${t.code.carrierDetails}</h3>
        <div class="md mt-2 leading-relaxed">${raw(carrierDetailsHtml)}</div>
      </div>`,
  ]);
}

export const carriers = (t: Strings, page: CodePage) =>
  page.carriers.length > 0 &&
  section(t.code.otherSpaces, markup`<div class="mt-3">${recordList(t, page.carriers)}</div>`, 'no-print');

/** A section that introduces a list: the reports of a code, its SDK names. Left out when the list is empty. */
const listSection = <T>(title: string, intro: string, items: T[], item: (value: T) => Part, gap: string) =>
  items.length > 0 &&
  section(
    title,
    markup`<p class="mt-1 text-sm text-muted">${intro}</p>
      <ul class="${gap}">
        ${items.map((value) => markup`<li>${item(value)}</li>`)}
      </ul>`,
  );

export const reports = (t: Strings, page: CodePage) =>
  listSection(
    t.code.reports,
    t.code.reportsIntro,
    page.reports,
    (r) =>
      markup`<a href="${r.url}" class="break-all">${r.url.replace(/^https:\/\/(www\.)?/, '')}</a> <span class="text-sm text-muted">(${r.date})</span>
        <div class="md text-sm">${raw(r.summaryHtml)}</div>`,
    'mt-3 space-y-3',
  );

export const sdkNames = (t: Strings, page: CodePage) =>
  listSection(
    t.code.sdkNames,
    t.code.sdkNamesIntro,
    page.names,
    (n) =>
      markup`<code class="font-mono break-all">${n.name}</code> <span class="text-sm text-muted">${t.code.sdkNameSeen} <a href="${n.seen}">${n.seenLabel}</a></span>`,
    'mt-3 space-y-2',
  );

export function related(t: Strings, page: CodePage) {
  const { samePair, sameCode, numbers } = page.related;
  if (samePair.length + sameCode.length + numbers.length === 0) return null;
  const group = (title: string, links: CodePage['related']['samePair']) =>
    links.length > 0 &&
    markup`<h3 class="mt-3 mb-2 text-sm text-muted">${title}</h3>
      ${recordList(t, links)}`;
  return section(
    t.code.related,
    [
      group(t.code.samePair, samePair),
      page.code !== null && group(t.code.sameCode(page.code), sameCode),
      markup`<p class="mt-3 flex flex-wrap gap-x-4">
        ${numbers.map((n) => markup`<a href="${href(numberPath(n))}">${t.code.allWithNumber(n)}</a>`)}
      </p>`,
    ],
    'no-print',
  );
}

export function sources(t: Strings, page: CodePage) {
  return section(page.sources.length > 1 ? t.code.sources : t.code.source, [
    page.evidence &&
      markup`<div class="mt-2">
        <p class="font-semibold">${t.code.evidence}</p>
        <div class="md mt-1">${raw(page.evidence.html)}</div>
        ${page.evidence.checked && markup`<p class="mt-1 text-sm text-muted">${t.code.checked(page.evidence.checked)}</p>`}
      </div>`,
    sourceList(t, page.sources),
    page.history.length > 0 &&
      markup`<h3 class="mt-4 font-semibold">${t.code.earlierWording}</h3>
        <ul class="mt-2 space-y-2">
          ${page.history.map(
            (w) =>
              markup`<li>
                <q class="italic">${w.message}</q> <span class="text-sm text-muted">— ${t.code.wordedIn(w.source.title, versionText(t, w.source))}</span>
              </li>`,
          )}
        </ul>`,
    markup`<p class="mt-4 flex flex-wrap gap-x-6 gap-y-2">
      <a href="${href(page.row)}">${t.code.rowInTable(page.table)}</a>
      ${page.issue && markup`<a href="${page.issue}" class="no-print" data-report-mistake>${t.code.reportMistake}</a>`}
    </p>`,
  ]);
}
