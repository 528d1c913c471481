import type { IndexEntry } from '../matcher/entry';
import type { Match, PartialQuality } from '../matcher/rank';
import type { Observation } from '../matcher/observe';
import { withBase } from '../routing/base';

export type MatchStrings = Record<
  | 'code'
  | 'subcode'
  | 'pair'
  | 'either'
  | 'sip'
  | 'q850'
  | 'named'
  | 'sdkName'
  | 'noWhole'
  | 'wholeOne'
  | 'wholeMany'
  | 'subcodeAlone'
  | 'codeAlone'
  | 'asSubcode'
  | 'otherSpace'
  | 'reversed'
  | 'observed'
  | 'quality.whole'
  | 'quality.subcode'
  | 'quality.code'
  | 'quality.as-subcode'
  | 'quality.other-space'
  | 'quality.none',
  string
>;

/** Fills `{name}` placeholders; strings come from the page's language. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** "code 400 with subcode 8535", "SIP response 486", "487 (as a code or a subcode)", "…, named NoNgcEndpoint". */
export function describe(o: Observation, s: MatchStrings): string {
  const numbers = describeNumbers(o, s);
  if (o.names.length === 0) return numbers;
  const names = o.names.join(', ');
  // An SDK name alone, with no number in the paste, reports the record it names.
  return o.fields.length === 0 && o.count === 1 ? fill(s.sdkName, { names }) : fill(s.named, { what: numbers, names });
}

function describeNumbers(o: Observation, s: MatchStrings): string {
  if (o.space === 'sip' || o.space === 'q850') return fill(s[o.space], { n: o.code ?? o.either ?? '' });
  if (o.either !== null) return fill(s.either, { n: o.either });
  if (o.code !== null && o.subcode !== null) return fill(s.pair, { code: o.code, subcode: o.subcode });
  return o.code !== null ? fill(s.code, { n: o.code }) : fill(s.subcode, { n: o.subcode ?? '' });
}

/** The sentence that says what is and is not documented, or null when whole records match. */
export function verdict(match: Match, s: MatchStrings): string | null {
  if (match.whole.length > 0) return match.reversed ? s.reversed : null;
  return fill(s.noWhole, { what: describe(match.observation, s) });
}

/** The groups a match lists, each with its heading: whole matches first, then the partial ones. */
export function groups(match: Match, s: MatchStrings): { title: string; entries: IndexEntry[] }[] {
  const { code, subcode } = match.observation;
  const titles: Record<PartialQuality, string> = {
    subcode: fill(s.subcodeAlone, { n: subcode ?? '' }),
    code: fill(s.codeAlone, { n: code ?? '' }),
    'as-subcode': fill(s.asSubcode, { n: code ?? '' }),
    'other-space': s.otherSpace,
  };
  return [
    ...(match.whole.length > 0
      ? [
          {
            title: fill(match.whole.length === 1 ? s.wholeOne : s.wholeMany, {
              count: match.whole.length,
              what: describe(match.observation, s),
            }),
            entries: match.whole,
          },
        ]
      : []),
    ...match.partial.map((p) => ({ title: `${titles[p.quality]} (${p.entries.length})`, entries: p.entries })),
  ];
}

export function entryLink(
  entry: IndexEntry,
  base: string,
  titles: Record<string, string>,
  s: MatchStrings,
): HTMLAnchorElement {
  const link = Object.assign(document.createElement('a'), {
    href: withBase(entry.url, base),
    className: 'record-link',
  });
  const meta = `${titles[entry.area] ?? entry.area} · ${entry.table}${entry.status === 'observed' ? ` · ${s.observed}` : ''}`;
  link.append(
    span(entry.label, 'font-mono font-semibold text-accent break-all'),
    span(meta, 'text-sm text-muted'),
    span(entry.message, ''),
  );
  return link;
}

export const span = (text: string, className: string) =>
  Object.assign(document.createElement('span'), { textContent: text, className });
