import type { Strings } from '../../i18n/en';
import type { CodePage } from '../../site/page-data/code';
import { markup } from '../html';
import { carriers, fromTable, meaning, reports, related, sdkNames, sources, where } from './sections';
import { top } from './top';

/**
 * The whole code page from its data: the one template that Astro renders at build time and the
 * offline page renders in the browser, so a record opened offline reads as it does online.
 */
export const codePageHtml = (t: Strings, page: CodePage) =>
  markup`<article class="code-page" data-code-page="${page.url}">
    ${[
      top(t, page),
      meaning(t, page),
      fromTable(t, page),
      where(t, page),
      carriers(t, page),
      reports(t, page),
      sdkNames(t, page),
      related(t, page),
      sources(t, page),
    ]}
  </article>`.value;
