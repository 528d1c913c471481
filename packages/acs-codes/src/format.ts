// What the CLI prints: the lookup table's line per code, and a record as its page answers (the numbers,
// the message, the category, what to do with whose words each piece is, the page's address).
import { en } from '../../../src/i18n/en';
import { fill } from '../../../src/scripts/match-view';
import type { Found, Listed } from './api';
import { STRINGS } from './catalogue';
import type { PublicGuidance, PublicRecord } from './schema-types';

/** One line per reported code, tab-separated as the lookup's table: reported, documented?, best record, its page. */
export function reportLine(found: Found): string {
  const { reported } = found;
  const times = reported.count > 1 ? ` ${fill(STRINGS.times, { n: reported.count })}` : '';
  const best = found.records[0] ?? found.partial[0]?.records[0];
  return [
    reported.description + times,
    found.verdict,
    best ? listedText(best) : STRINGS.none,
    ...(best ? [best.href] : []),
  ].join('\t');
}

/** "Calling SDK 487/10003: Call was canceled…", marked when the record is observed rather than documented. */
export function listedText(listed: Listed): string {
  const observed = listed.status === 'observed' ? ` (${STRINGS.observed})` : '';
  return `${listed.areaTitle} ${listed.label}${observed}: ${listed.message}`;
}

/** What the lookup says of a code no record matches whole, and the records of part of it. */
export function notDocumented(found: Found): string[] {
  const { code, subcode } = found.reported;
  const titles = {
    subcode: fill(STRINGS.subcodeAlone, { n: subcode ?? '' }),
    code: fill(STRINGS.codeAlone, { n: code ?? '' }),
    'as-subcode': fill(STRINGS.asSubcode, { n: code ?? '' }),
    'other-space': STRINGS.otherSpace,
  };
  return [
    fill(STRINGS.noWhole, { what: found.reported.description }),
    ...found.partial.flatMap((p) => [
      '',
      `${titles[p.quality]} (${p.records.length}):`,
      ...p.records.map((r) => `  ${listedText(r)}\n    ${r.href}`),
    ]),
  ];
}

const t = en.code;
const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

/** A record as its page's first screen tells it, in plain text. */
export function recordText(record: PublicRecord, areaTitle: string): string {
  const numbers =
    record.code === null
      ? `subcode ${record.subcode}`
      : [record.code, record.subcode].filter((n) => n !== null).join('/');
  const category = record.resultCategory
    ? `${t.resultCategory}: ${record.resultCategory}${en.categoryGloss[record.resultCategory] ? ` (${en.categoryGloss[record.resultCategory]})` : ''}`
    : null;
  const pieces = (kind: PublicGuidance['kind']) =>
    record.guidance.filter((g) => g.kind === kind).map((g) => pieceText(g, record, areaTitle));
  const meaning = pieces('meaning');
  const action = pieces('action');
  return [
    `${areaTitle} ${numbers} · ${record.table}`,
    ...(record.status === 'observed' ? [t.observed] : []),
    indent(record.message, '  '),
    ...(category ? [category] : []),
    ...(record.note ? [`${t.sourceIssue}: ${record.note}`] : []),
    ...(meaning.length ? [`${t.whatItMeans}:`, ...meaning] : []),
    ...(action.length ? [`${t.whatToDo}:`, ...action] : []),
    record.href,
  ].join('\n');
}

/** "For this code, from Microsoft:", the text, and the version it comes from. */
function pieceText(piece: PublicGuidance, record: PublicRecord, areaTitle: string): string {
  const source = piece.source ? record.source.find((s) => s.id === piece.source) : undefined;
  const cite = source ? [`    — ${source.title}, ${source.date ?? en.version.undated}`] : [];
  return [
    `  ${reach(piece, areaTitle)}, ${by(piece, record, source?.title ?? '')}:`,
    indent(piece.text, '    '),
    ...cite,
  ].join('\n');
}

function reach(piece: PublicGuidance, areaTitle: string): string {
  switch (piece.scope) {
    case 'source':
    case 'site':
      return en.reach.code;
    case 'usage':
      return en.reach.usage;
    case 'class':
      return en.reach.class(piece.about, areaTitle);
    default:
      return en.reach[piece.scope](piece.about);
  }
}

/** Whose words; this site's words about one code also say whose they are not (as the page's labels do). */
function by(piece: PublicGuidance, record: PublicRecord, sourceTitle: string): string {
  if (piece.author === 'microsoft') return en.by.microsoft;
  if (piece.author === 'standard') return en.by.standard(sourceTitle);
  if (!['source', 'site', 'usage'].includes(piece.scope)) return en.by.site;
  return record.codeSpace === 'acs' ? en.by.siteNotMicrosoft : en.by.siteNotStandard;
}
