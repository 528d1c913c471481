import type { Strings } from '../../i18n/en';
import { CODE_SPACES, type CodeSpace } from '../../schemas/code-space';
import type { Author, Said } from '../../site/page-data/authors';
import type { SourceVersion } from '../../site/page-data/sources';
import { markup, raw } from '../html';
import { versionText } from '../parts';

/** "For this code, from Microsoft": how far a piece reaches, then whose words it is. */
/** What a piece's label and citation need to know of its page. */
export interface SaidContext {
  area: string;
  space: CodeSpace;
  sources: SourceVersion[];
}

export function saidLabel(t: Strings, s: Said, context: SaidContext): string {
  const reach =
    s.reach === 'code' || s.reach === 'usage'
      ? t.reach[s.reach]
      : s.reach === 'class'
        ? t.reach.class(s.about, context.area)
        : t.reach[s.reach](s.about);
  return `${reach}, ${byText(t, s.by, s.reach === 'code' || s.reach === 'usage' ? context.space : null)}`;
}

/** Whose words; this site's words about one code also say whose they are not. */
function byText(t: Strings, by: Author, space: CodeSpace | null): string {
  if (by.kind === 'microsoft') return t.by.microsoft;
  if (by.kind === 'standard') return t.by.standard(by.name);
  if (!space) return t.by.site;
  return CODE_SPACES[space].authority === 'standard' ? t.by.siteNotStandard : t.by.siteNotMicrosoft;
}

/**
 * One piece with its label; Microsoft's and a standard's words end with the version they come from.
 * General pieces sit in a quiet box and smaller type: they are not the answer for this code.
 */
export function said(t: Strings, s: Said, context: SaidContext) {
  const general = s.reach === 'table' || s.reach === 'category' || s.reach === 'class';
  const id = s.by.kind === 'microsoft' || s.by.kind === 'standard' ? s.by.source : null;
  const source = id && context.sources.find((v) => v.id === id);
  const box = general ? 'mt-3 rounded border-l-4 border-line bg-card px-3 py-2 text-sm' : 'mt-2';
  return markup`<div class="${box}" data-said data-reach="${s.reach}" data-by="${s.by.kind}">
    <p class="text-sm font-semibold text-muted" data-label>${saidLabel(t, s, context)}</p>
    <div class="md mt-1 leading-relaxed">${raw(s.html)}</div>
    ${source && markup`<p class="mt-1 text-sm text-muted" data-cite>— <a href="${source.url}">${source.title}</a>, ${versionText(t, source)}</p>`}
  </div>`;
}
