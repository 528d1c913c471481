import { classify, hintsOf, type Role, type Space } from './fields';
import { normalise } from './normalise';
import { unfoldTables } from './tables';

/** One code the paste reports: a code and subcode that belong together, in one code space. */
export interface Observation {
  space: Space;
  code: number | null;
  subcode: number | null;
  /** A number given without a field name: it matches a record's code or subcode. */
  either: number | null;
  /** The field names the numbers came from, outermost first (`resultInformation.subCode`). */
  fields: string[];
  /** Areas the field names point to; they order results and never hide any. */
  hints: string[];
  /** How many times the paste reports it. */
  count: number;
}

/** The longest paste read; the lookup says when it stops short. */
export const MAX_PASTE = 1_000_000;
const MAX_OBSERVATIONS = 200;

// Field names start at a word boundary: a lookbehind keeps a megabyte without spaces linear.
const TOKEN =
  /\b(?<rspace>SIP|Q\.850)[ \t]*;[ \t]*cause[ \t]*=[ \t]*"?(?<rnum>\d+)|\bSIP\/2\.0[ \t]+(?<snum>\d{3})\b|(?<![\w$.-])(?<key>[A-Za-z_$][\w$.-]*)["']?[ \t]*(?:=>|->|[:=]|[ \t])[ \t]*["']?[ \t]*(?:(?<open>[{[])|(?<value>\d+)(?:[ \t]*[/#\\-][ \t]*(?<pair>\d+))?(?![\w.]))|(?<brace>[{}[\]])|(?<nl>\n)/g;
const BARE = /(?<![\w.])(\d+)(?:[ \t]*(?:[/#\\-]|[ \t])[ \t]*(\d+))?(?![\w.])/g;
// Dates, times and GUIDs in a log line are not codes.
const NOT_CODES =
  /\b\d{4}-\d\d-\d\d(?:[T ][\d:.]+Z?)?\b|\b\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?\b|\b[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\b/gi;

interface Item {
  space: Space;
  role: Role;
  value: number;
  keys: string[];
  scope: number;
  line: number;
}

/** Reads a paste into the codes it reports, in paste order. */
export function observe(input: string, fieldAreas: Record<string, string[]> = {}) {
  const truncated = input.length > MAX_PASTE;
  const text = unfoldTables(normalise(input.slice(0, MAX_PASTE)).split('\n')).join('\n');
  const items = namedItems(text);
  const observations = items.length > 0 ? group(items, fieldAreas) : bare(text);
  return { observations: dedupe(observations).slice(0, MAX_OBSERVATIONS), truncated };
}

function namedItems(text: string): Item[] {
  const items: Item[] = [];
  const stack: { key: string; id: number }[] = [];
  let scopes = 0;
  let line = 1;
  const scope = () => stack.at(-1)?.id ?? -line;
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups!;
    if (g.nl) line++;
    else if (g.rnum)
      items.push({
        space: g.rspace === 'SIP' ? 'sip' : 'q850',
        role: 'code',
        value: Number(g.rnum),
        keys: ['Reason'],
        scope: scope(),
        line,
      });
    else if (g.snum)
      items.push({ space: 'sip', role: 'code', value: Number(g.snum), keys: ['SIP/2.0'], scope: scope(), line });
    else if (g.open) stack.push({ key: g.key!, id: ++scopes });
    else if (g.brace === '{' || g.brace === '[') stack.push({ key: '', id: ++scopes });
    else if (g.brace) stack.pop();
    else if (g.value && g.value.length <= 16) {
      const kind = classify(
        g.key!,
        stack.map((s) => s.key),
      );
      const at = { keys: [...stack.map((s) => s.key).filter(Boolean), g.key!], scope: scope(), line };
      if (kind) items.push({ ...kind, value: Number(g.value), ...at });
      // "code 487/10003": an ACS code written with its subcode, as call-end messages print them.
      if (kind?.space === 'acs' && kind.role === 'code' && g.pair && g.pair.length <= 16)
        items.push({ space: 'acs', role: 'subcode', value: Number(g.pair), ...at });
    }
  }
  return items;
}

/** A code and a subcode belong together when they sit in one object, or on one or two adjacent lines outside any. */
function group(items: Item[], fieldAreas: Record<string, string[]>): Observation[] {
  const observations: (Observation & { scope: number; line: number })[] = [];
  const open = new Map<Space, (typeof observations)[number]>();
  for (const item of items) {
    const current = open.get(item.space);
    const together =
      current &&
      current[item.role] === null &&
      (current.scope === item.scope || (current.scope < 0 && item.scope < 0 && item.line - current.line <= 1));
    if (current && together) {
      current[item.role] = item.value;
      current.fields.push(item.keys.join('.'));
      current.hints = [...new Set([...current.hints, ...hintsOf(item.keys, fieldAreas)])];
      current.line = item.line;
      continue;
    }
    const fresh = {
      space: item.space,
      code: null,
      subcode: null,
      either: null,
      [item.role]: item.value,
      fields: [item.keys.join('.')],
      hints: hintsOf(item.keys, fieldAreas),
      count: 1,
      scope: item.scope,
      line: item.line,
    };
    observations.push(fresh);
    open.set(item.space, fresh);
  }
  return observations.map(({ scope: _s, line: _l, ...o }) => o);
}

/** Without field names: "487/10003", "487 10003", "500#560503" are pairs, other numbers stand alone. */
export function bare(text: string): Observation[] {
  const observations: Observation[] = [];
  for (const [, a, b] of text.replace(NOT_CODES, ' ').matchAll(BARE)) {
    if (observations.length >= MAX_OBSERVATIONS) break;
    const base = { space: 'acs' as const, fields: [], hints: [], count: 1 };
    if (b === undefined) observations.push({ ...base, code: null, subcode: null, either: Number(a) });
    else observations.push({ ...base, code: Number(a), subcode: Number(b), either: null });
  }
  return observations.filter((o) => [o.code, o.subcode, o.either].every((n) => n === null || Number.isSafeInteger(n)));
}

function dedupe(observations: Observation[]): Observation[] {
  const seen = new Map<string, Observation>();
  for (const o of observations) {
    const key = `${o.space}|${o.code}|${o.subcode}|${o.either}`;
    const first = seen.get(key);
    if (first) first.count++;
    else seen.set(key, o);
  }
  return [...seen.values()];
}
