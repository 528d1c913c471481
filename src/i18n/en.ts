/** Every interface string of the English site; pages and components never hard-code text. */
export const en = {
  lang: 'en',
  siteName: 'ACS error codes',
  siteTagline: 'Every documented Azure Communication Services code, one page each.',
  homeIntro:
    'A call ended, a Call Automation event failed, a chat request or an SMS was rejected, and you hold a number. Type it below, or open the area it came from.',
  jumpLabel: 'Code or subcode',
  jumpPlaceholder: 'e.g. 487/10003 or 560486',
  jumpPlaceholderShort: '487/10003',
  jumpButton: 'Go',
  jumpHelp: 'One number opens every record that carries it; two numbers (code and subcode) open that record.',
  areasHeading: 'Areas',
  records: (n: number) => `${n} ${n === 1 ? 'code' : 'codes'}`,
  code: 'Code',
  area: 'Area',
  subcode: 'Subcode',
  message: 'Message',
  resultCategory: 'Result category',
  advice: 'Advice',
  noAdvice: 'The source gives no advice for this code.',
  noCategory: 'The source gives no result category for this code.',
  sourceIssue: 'Source issue',
  publishedAs: (s: string) => `The source prints this category as “${s}”.`,
  appearsIn: 'Where this code appears',
  related: 'Related codes',
  sameCode: (area: string, code: number) => `Other ${area} records with code ${code}`,
  elsewhere: 'The same numbers elsewhere',
  noRelated: 'No other record carries these numbers.',
  allWithNumber: (n: number) => `Every record with ${n} →`,
  source: 'Source',
  sources: 'Sources',
  undated: 'undated, newest version',
  rowInTable: (table: string) => `See this row in the “${table}” table`,
  numberTitle: (n: number) => `Every ACS code with the number ${n}`,
  numberIntro: (n: number, count: number) =>
    `${count} ${count === 1 ? 'record carries' : 'records carry'} ${n} as a code or a subcode.`,
  areaTitle: (title: string) => `${title} codes`,
  aboutArea: (title: string) => `About ${title} codes: where they appear, how to read them`,
  tableCount: (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`,
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. If you followed a link to a code, try its number:',
  skipToContent: 'Skip to content',
  nav: 'Areas',
  tablesNav: 'Tables on this page',
  quickLookup: 'Quick lookup',
  apply: 'Apply',
  allCodesJson: 'All codes as JSON',
  footer:
    'Built from Microsoft Learn articles on Azure Communication Services troubleshooting. Not affiliated with Microsoft.',
  lookupTitle: 'Look up a code',
  lookupIntro:
    'Paste a number (487/10003), an error object, a Call Automation event, a call-log row or an SMS delivery report. One match opens its page; several are listed with the reason each matched.',
  lookupLabel: 'Number or pasted text',
  lookupNoScript:
    'The lookup needs JavaScript. Without it, open /NUMBER/ on this site (for example /487/), or browse an area:',
  filter: {
    legend: 'Filter the table',
    text: 'Contains',
    textPlaceholder: 'Number, message or advice',
    area: 'Area',
    class: 'Code class',
    category: 'Result category',
    any: 'Any',
    reset: 'Reset',
    count: '{shown} of {total} records',
    showAll: 'Show all {n} rows',
  },
  allCodesTitle: 'All codes',
  allCodesIntro:
    'Every documented code of every area in one table. Filter it, sort it, and share the filtered view by its address.',
  copy: {
    link: 'Copy link',
    markdown: 'Copy as Markdown',
    copiedLink: 'Link copied.',
    copiedMarkdown: 'Markdown for your ticket copied.',
    failed: 'Copying failed; select the address and copy it by hand.',
  },
  guideLinkCodePage: 'Before you contact support, collect the IDs and logs it will ask for:',
  guideTitle: 'Troubleshooting guide',
  guideHome:
    'Before you ask for help: how to collect the MS-CV ID, call ID, SMS message ID and call logs that support asks for.',
  guide: {
    onThisPage: 'On this page',
    otherLanguage: 'Читать на русском',
    sources: 'Sources',
    copyCode: 'Copy',
    copiedCode: 'Copied',
  },
  theme: { label: 'Colour theme', system: 'Auto', light: 'Light', dark: 'Dark' },
  search: {
    label: 'Search codes and messages',
    placeholder: 'Number, message or advice…',
    close: 'Close',
    allAreas: 'All areas',
    allCategories: 'All categories',
    area: 'Area',
    category: 'Result category',
    exact: 'Exact number matches',
    fullText: 'Full-text results',
    none: 'No results.',
    loading: 'Searching…',
    unavailable: 'Full-text search is unavailable right now; exact number matches still work.',
    count: '{exact} exact and {full} full-text results',
    hint: 'Press / or Ctrl+K to search from any page.',
  },
  lookupUi: {
    candidates: 'Matching records',
    noMatch: 'No documented code matches this text.',
    noNumbers: 'This text contains no number to look up.',
    fullText: 'Search the messages and advice for this text',
    loadFailed: 'The lookup index could not be loaded. Reload the page to try again.',
  },
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every language's strings must have. */
export type Strings = Widen<typeof en>;
