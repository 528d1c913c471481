import type { Match } from '../matcher/rank';
import { describe, entryLink, fill, span, type MatchStrings } from './match-view';

export type ReportStrings = MatchStrings &
  Record<'reported' | 'bestRecord' | 'match' | 'times' | 'copyMarkdown' | 'copied' | 'copyFailed' | 'none', string>;

/** A paste that reports several codes: one row per code, in paste order, with its best record. */
export function reportTable(
  matches: Match[],
  base: string,
  titles: Record<string, string>,
  s: ReportStrings,
): HTMLElement {
  const wrap = document.createElement('div');
  const table = document.createElement('table');
  table.className = 'report w-full border-collapse text-left text-sm';
  const head = table.createTHead().insertRow();
  for (const label of ['#', s.reported, s.bestRecord, s.match])
    head.append(Object.assign(document.createElement('th'), { textContent: label, scope: 'col' }));
  const body = table.createTBody();
  matches.forEach((m, i) => {
    const row = body.insertRow();
    const best = m.whole[0] ?? m.partial[0]?.entries[0];
    row.insertCell().textContent = String(i + 1);
    row.insertCell().textContent =
      describe(m.observation, s) + (m.observation.count > 1 ? ` ${fill(s.times, { n: m.observation.count })}` : '');
    row.insertCell().append(best ? entryLink(best, base, titles, s) : span(s.none, 'text-muted'));
    row.insertCell().textContent = s[`quality.${m.best ?? 'none'}`];
  });
  const copy = Object.assign(document.createElement('button'), {
    type: 'button',
    textContent: s.copyMarkdown,
    className: 'mt-3 rounded border border-line px-3 py-1.5 text-sm font-semibold',
  });
  const status = span('', 'ml-2 text-sm text-muted');
  status.setAttribute('role', 'status');
  copy.addEventListener('click', () =>
    navigator.clipboard.writeText(markdown(matches, base, titles, s)).then(
      () => (status.textContent = s.copied),
      () => (status.textContent = s.copyFailed),
    ),
  );
  const scroll = Object.assign(document.createElement('div'), { className: 'table-wrap rounded border border-line' });
  scroll.append(table);
  wrap.append(scroll, copy, status);
  return wrap;
}

/** The same table as Markdown, for a ticket. */
export function markdown(matches: Match[], base: string, titles: Record<string, string>, s: ReportStrings): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const origin = new URL(base, location.href).href.replace(/\/$/, '');
  const rows = matches.map((m) => {
    const best = m.whole[0] ?? m.partial[0]?.entries[0];
    const record = best
      ? `[${titles[best.area] ?? best.area} ${best.label}](${origin}${best.url}) ${cell(best.message)}`
      : s.none;
    const times = m.observation.count > 1 ? ` ${fill(s.times, { n: m.observation.count })}` : '';
    return `| ${cell(describe(m.observation, s) + times)} | ${record} | ${s[`quality.${m.best ?? 'none'}`]} |`;
  });
  return [`| ${s.reported} | ${s.bestRecord} | ${s.match} |`, '| --- | --- | --- |', ...rows, ''].join('\n');
}
