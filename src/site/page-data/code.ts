import type { CodeSpace } from '../../schemas/code-space';
import type { ResultCategory } from '../../schemas/category';
import type { AreaEntry } from '../../schemas/area';
import type { CodeRecord, Report, SdkName } from '../../schemas/record';
import { stringsFor } from '../../i18n';
import { actionPieces, meaningPieces, needsSupport } from '../../records/guidance';
import { numbersLabel } from '../../records/label';
import { DEFAULT_LANG, guidePath, rowPath } from '../../routing/urls';
import type { Site } from '../site';
import { codeMeta, recordName, type Meta } from '../meta';
import { said, type Said } from './authors';
import { carriersOf } from './carriers';
import { certaintyOf, standardOf, type Certainty } from './certainty';
import { issueUrl } from './issue';
import { recordLink, type RecordLink } from './record-link';
import { recordSources, sourceVersion, type SourceVersion } from './sources';

/** Everything a code page shows, built once from the catalogue; the template only renders it. */
export interface CodePage {
  lang: string;
  url: string;
  /** Position in the catalogue: lists of pages keep it. */
  order: number;
  area: { slug: string; title: string };
  table: string;
  /** The record's row in its area's table. */
  row: string;
  space: CodeSpace;
  observed: boolean;
  code: number | null;
  subcode: number | null;
  /** The numbers as a log prints them: `487/10003`, `subcode 8523`. */
  label: string;
  message: string;
  messageHtml: string;
  /** A mistake in the sources, flagged; empty when none. */
  noteHtml: string;
  category: { name: ResultCategory; asPublished: string | null } | null;
  /** Whether the record's table gives result categories at all. */
  categorized: boolean;
  /** What to do for this code: the source's advice or this site's guidance, else the general guidance. */
  answer: Said[];
  certainty: Certainty;
  /** What the code means besides its message: usage in ACS calls, its category, its table. */
  meaning: Said[];
  support: {
    /** Whether the answer sends the reader to logs or support. */
    needed: boolean;
    ids: string[];
    idsHtml: string[];
    /** The guide that says how to collect them, as a site path and as an absolute link ('' without SITE_URL). */
    guide: { path: string; link: string } | null;
  };
  /** The record's other columns, as its table prints them. */
  extra: { label: string; html: string }[];
  evidence: { html: string; checked: string | null } | null;
  where: { fields: { field: string; html: string }[]; carrierDetailsHtml: string };
  /** Records of other code spaces for the same outcome. */
  carriers: RecordLink[];
  reports: Report[];
  /** Names SDKs and their samples give this code (`NoNgcEndpoint`), with where each was seen. */
  names: SdkName[];
  related: { samePair: RecordLink[]; sameCode: RecordLink[]; numbers: number[] };
  sources: SourceVersion[];
  history: { message: string; source: SourceVersion }[];
  /** The page's absolute address, or '' when the build does not know its public address. */
  link: string;
  /** Where to report a mistake on this page; null when no repository is configured. */
  issue: string | null;
}

export interface CodePageOptions {
  /** The absolute address of a site path when the build knows its public address, else ''. */
  link: (path: string) => string;
  /** The project's repository, to open an issue about a mistake; null for none. */
  repository: string | null;
}

/** The data of one code page. Pure: the same catalogue gives the same page, online and offline. */
export function codePage(record: CodeRecord, site: Site, options: CodePageOptions): CodePage {
  const area = site.area(record.area);
  const sources = recordSources(record, site.sources);
  return {
    lang: DEFAULT_LANG,
    url: record.url,
    order: record.order,
    area: { slug: area.slug, title: area.frontmatter.title },
    table: record.table,
    row: rowPath(record),
    space: record.codeSpace,
    observed: record.status === 'observed',
    code: record.code,
    subcode: record.subcode,
    label: numbersLabel(record),
    message: record.message,
    messageHtml: record.messageHtml,
    noteHtml: record.noteHtml,
    category: record.resultCategory
      ? { name: record.resultCategory, asPublished: record.resultCategoryAsPublished }
      : null,
    categorized: site.categorized.has(`${record.area}#${record.tableSlug}`),
    ...whatItSays(record, area, site, sources),
    certainty: certaintyOf(record, site.sources),
    support: supportOf(record, area, site, options),
    extra: record.extra.map(({ label, html }) => ({ label, html })),
    evidence: record.status === 'observed' ? { html: record.evidenceHtml, checked: record.checked } : null,
    where: { fields: area.appearsIn, carrierDetailsHtml: area.carrierDetailsHtml },
    carriers: carriersOf(record, site.correspondents).map((r) => recordLink(r, site.titleOf)),
    reports: record.reports,
    names: record.names,
    related: relatedOf(record, site),
    sources,
    history: record.history.map((w) => ({
      message: w.message,
      source: sourceVersion(site.sources.get(w.source)!, site.sources),
    })),
    link: options.link(record.url),
    issue: issueOf(record, area.frontmatter.title, options),
  };
}

/** What to do and what it means, each piece with its author, as the guidance rules choose them. */
function whatItSays(record: CodeRecord, area: AreaEntry, site: Site, sources: SourceVersion[]) {
  const authority = { source: sources[0]!.id, standard: standardOf(record, site.sources) };
  return {
    answer: actionPieces(record, area, site.categories).map((p) => said(p, authority)),
    meaning: meaningPieces(record, area, site.categories).map((p) => said(p, authority)),
  };
}

function supportOf(record: CodeRecord, area: AreaEntry, site: Site, options: CodePageOptions) {
  const guide = site.guideRefs.find((g) => g.lang === DEFAULT_LANG);
  const path = guide ? guidePath(guide.lang, guide.slug) : null;
  return {
    needed: needsSupport(record),
    ids: area.frontmatter.supportIds,
    idsHtml: area.supportIdsHtml,
    guide: path ? { path, link: options.link(path) } : null,
  };
}

function relatedOf(record: CodeRecord, site: Site): CodePage['related'] {
  const related = site.related(record);
  const link = (r: CodeRecord) => recordLink(r, site.titleOf);
  return {
    samePair: related.samePair.map(link),
    sameCode: related.sameCode.map(link),
    // A number only this record carries has no list to show: its number page redirects here.
    numbers: [...new Set([record.code, record.subcode])].filter(
      (n): n is number => n !== null && (site.byNumber.get(n)?.length ?? 0) > 1,
    ),
  };
}

/** The issue a reader opens about a mistake: which page, and which line of which content file it comes from. */
function issueOf(record: CodeRecord, areaTitle: string, options: CodePageOptions) {
  const t = stringsFor(DEFAULT_LANG);
  return issueUrl(options.repository, {
    title: t.report.title(recordName(record, areaTitle)),
    body: t.report.body(options.link(record.url) || record.url, `${record.file}:${record.line}`),
  });
}

/** A code page's title and preview. A preview quotes what to do only when it is about this code, never a general rule. */
export function codePageMeta(page: CodePage): Meta {
  return codeMeta(stringsFor(page.lang), {
    name: recordName(page, page.area.title),
    message: page.message,
    answer: page.answer.find((s) => s.reach === 'code')?.text ?? '',
  });
}
