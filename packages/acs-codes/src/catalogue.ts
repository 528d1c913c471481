// The package's lookup and explain over the shipped data, with the site's own reader and ranking
// (src/matcher) and the lookup table's words (src/i18n, src/scripts/match-view).
import { en } from '../../../src/i18n/en';
import type { IndexEntry } from '../../../src/matcher/entry';
import { observe } from '../../../src/matcher/observe';
import { rank, recordToOpen, type Match } from '../../../src/matcher/rank';
import type { Vocabulary } from '../../../src/matcher/vocabulary';
import { describe } from '../../../src/scripts/match-view';
import type { AcsCodes, Found, Listed, LookupResult } from './api';
import type { CodesFile, PublicRecord } from './schema-types';

/** The lookup's data: what the site serves as /lookup/meta.json and /lookup/<shard>.json, in one file. */
export interface LookupData {
  /** The site's address, base path included, ending in `/`. */
  home: string;
  titles: Record<string, string>;
  vocabulary: Vocabulary;
  entries: IndexEntry[];
}

/** The lookup table's strings, in English. */
export const STRINGS = en.lookupUi;

/** The package's functions over its data; the catalogue is read only when something needs it. */
export function createCodes(data: LookupData, readCatalogue: () => CodesFile): AcsCodes {
  let catalogue: CodesFile | undefined;
  let byId: Map<string, PublicRecord> | undefined;
  const codes = () => (catalogue ??= readCatalogue());
  const record = (id: string) => {
    byId ??= new Map(codes().records.map((r) => [r.id, r]));
    return byId.get(idOf(id, data.home));
  };
  const lookup = (text: string) => lookUp(text, data);
  return {
    catalogue: codes,
    lookup,
    record,
    explain(query) {
      const named = record(query);
      return named ? [named] : wholeRecords(lookup(query)).map((id) => record(id)!);
    },
  };
}

/** The ids of the records that match all of a code found, each once, in the order found. */
export const wholeRecords = (result: LookupResult) => [
  ...new Set(result.found.flatMap((f) => f.records.map((r) => r.id))),
];

/** The site's matches for a text, exactly as its lookup page computes them. */
export function matchText(text: string, data: Pick<LookupData, 'vocabulary' | 'entries'>) {
  const { observations, truncated } = observe(text, data.vocabulary);
  return { matches: observations.map((o) => rank(o, data.entries)), truncated };
}

function lookUp(text: string, data: LookupData): LookupResult {
  const { matches, truncated } = matchText(text, data);
  const listed = (entry: IndexEntry) => toListed(entry, data);
  const found = matches.map((m) => toFound(m, listed));
  const open = recordToOpen(matches);
  return { found, opens: open && listed(open), truncated, documented: found.every((f) => f.documented) };
}

function toFound(m: Match, listed: (entry: IndexEntry) => Listed): Found {
  const { space, code, subcode, either, fields, hints, names, count } = m.observation;
  return {
    reported: {
      space,
      code,
      subcode,
      either,
      fields,
      hints,
      names,
      count,
      description: describe(m.observation, STRINGS),
    },
    quality: m.best,
    documented: m.best === 'whole',
    verdict: STRINGS[`quality.${m.best ?? 'none'}`],
    reversed: m.reversed,
    records: m.whole.map(listed),
    partial: m.partial.map((p) => ({ quality: p.quality, records: p.entries.map(listed) })),
  };
}

function toListed(e: IndexEntry, data: LookupData): Listed {
  return {
    id: e.url.replace(/^\/|\/$/g, ''),
    area: e.area,
    areaTitle: data.titles[e.area] ?? e.area,
    table: e.table,
    codeSpace: e.space,
    status: e.status,
    code: e.code,
    subcode: e.subcode,
    label: e.label,
    message: e.message,
    resultCategory: e.category,
    href: new URL(e.url.slice(1), data.home).href,
  };
}

/** The record id a query names: `calling/487/10003`, `/calling/487/10003/` or the page's address. */
export function idOf(query: string, home: string): string {
  let path = query.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      const url = new URL(path);
      const base = new URL(home).pathname;
      path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
    } catch {
      return '';
    }
  }
  return path.replace(/^\/+|\/+$/g, '').toLowerCase();
}
