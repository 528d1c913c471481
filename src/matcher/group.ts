import { hintsOf, segments, type Space } from './fields';
import type { Item } from './read';

/** One code the paste reports: a code and subcode that belong together, in one code space. */
export interface Observation {
  /** `any` for a number typed alone, with nothing to say which space it is in. */
  space: Space | 'any';
  code: number | null;
  subcode: number | null;
  /** A number given without a field name: it matches a record's code or subcode. */
  either: number | null;
  /** The field names the numbers came from, outermost first (`resultInformation.subCode`). */
  fields: string[];
  /** Areas the field names and context words point to; they order results and never hide any. */
  hints: string[];
  /** SDK names of this code found in the paste (`NoNgcEndpoint`). */
  names: string[];
  /** Read from a short typed query: the same number in other code spaces is worth listing. */
  typed: boolean;
  /** How many times the paste reports it. */
  count: number;
}

interface Open extends Observation {
  scope: number;
  line: number;
  stem: string;
  /** Its code came from an HTTP status: an error code next to it is its subcode. */
  fromStatus: boolean;
}

/**
 * Puts codes and subcodes together: in one object, or on one or two adjacent lines outside any; an
 * HTTP status and the error code that follows it make one pair (`Status code 500` … `"code":"9999"`).
 * A pair written in one piece (`DiagCode: 480#10076`) is always an observation of its own.
 */
export function group(items: Item[], fieldAreas: Record<string, string[]>, typed: boolean): Observation[] {
  const observations: Open[] = [];
  const open = new Map<Space | 'any', Open>();
  for (const item of items) {
    // A number typed alone may be in any code space; a pair of code and subcode is always an ACS code.
    const space = item.space ?? (typed && item.role === 'either' ? 'any' : 'acs');
    const fresh = (fields: Partial<Observation>, fromStatus = false): Open => ({
      space,
      code: null,
      subcode: null,
      either: null,
      fields: [item.keys.join('.')].filter(Boolean),
      hints: hintsOf(item.keys, fieldAreas),
      names: [],
      typed,
      count: 1,
      scope: item.scope,
      line: item.line,
      stem: stemOf(item),
      fromStatus,
      ...fields,
    });
    if (item.role === 'either') {
      observations.push(fresh({ either: item.value }));
      continue;
    }
    if (item.role === 'pair') {
      observations.push(fresh({ code: item.value, subcode: item.second }));
      continue;
    }
    const role = item.role === 'subcode' ? 'subcode' : 'code';
    const current = open.get(space);
    const near =
      current !== undefined &&
      (current.scope === item.scope ||
        (current.stem !== '' && current.stem === stemOf(item)) ||
        (item.line - current.line <= 1 && (current.scope < 0 || item.scope < 0 || current.fromStatus)));
    const statusPair =
      near && space === 'acs' && item.role === 'code' && current.fromStatus && current.subcode === null;
    if (current && near && (current[role] === null || statusPair)) {
      current[statusPair ? 'subcode' : role] = item.value;
      current.fields.push(item.keys.join('.'));
      current.hints = [...new Set([...current.hints, ...hintsOf(item.keys, fieldAreas)])];
      current.line = item.line;
      continue;
    }
    const next = fresh({ [role]: item.value }, item.role === 'status');
    observations.push(next);
    open.set(space, next);
  }
  return observations.map(({ scope: _s, line: _l, stem: _t, fromStatus: _f, ...o }) => o);
}

/** `CALL_TIMEOUT_CODE` and `CALL_TIMEOUT_SUB_CODE` share the stem `call timeout`: one pair, however far apart. */
function stemOf(item: Item): string {
  const parts = segments(item.keys.at(-1) ?? '');
  while (['code', 'codes', 'subcode', 'subcodes', 'sub'].includes(parts.at(-1) ?? '')) parts.pop();
  return parts.join(' ');
}
