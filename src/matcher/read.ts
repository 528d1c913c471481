import { fieldKind, isConstantName, spaceOfParents, type FieldKind, type Role, type Space } from './fields';
import { charAt, glued, NEWLINE, NUMBER, PUNCT, tokenText, WORD, type Tokens } from './lexer';
import { isCalendarWord, isNoiseLabel, isUnit, LONGEST_BARE, LONGEST_NAMED, SMALLEST_BARE } from './noise';
import { normaliseWord, own, type NamedRecord, type Vocabulary } from './vocabulary';

/** One number (or pair) the paste reports, before codes and subcodes are put together. */
export interface Item {
  /** null for a number no field names: it may be a code or a subcode, in any space the reader allows. */
  space: Space | null;
  role: Role | 'either';
  value: number;
  /** The subcode of a pair written in one piece (`487/10003`, `500#3002`) or side by side (`487 10003`). */
  second: number | null;
  /** A pair written in one piece, joined without spaces: `487/10003`, not `487 10003`. */
  joined: boolean;
  /** Field names from the outermost object in, ending with the number's own (`resultInformation.subCode`). */
  keys: string[];
  /** Innermost object the number sits in, or minus its line outside any. */
  scope: number;
  line: number;
}

export interface Reading {
  /** Numbers named by a field. */
  named: Item[];
  /** Numbers nothing names, that look like codes rather than noise. */
  bare: Item[];
  /** Areas that context words anywhere in the paste point to. */
  hints: string[];
  /** Records that SDK names in the paste name. */
  names: NamedRecord[];
}

/** A short query (`SIP 486`, `chat 403`, `34`) is read more freely than a pasted log. */
export interface ReadOptions {
  query: boolean;
}

// Numbers joined by these without spaces form one piece: a pair (487/10003), or noise (2024-07-23, 1.0.3, 10:28).
const JOINERS = new Set(['/', '#', '\\', '-', '.', ':']);
const PAIR_JOINERS = new Set(['/', '#', '\\', '-']);
// The label of a number is looked for back to one of these; `[` and `{` are handled by the scope stack.
const LABEL_STOPS = new Set(['{', '}', '[', ']', '|']);
const QUOTES = new Set(['"', "'", '`']);
const KEY_SYNTAX = new Set([':', '=', '"', "'", '`', '>', '-']);
// Context words span at most this many segments (`@azure/communication-call-automation` has four).
const LONGEST_CHAIN = 5;
const LONGEST_WORD = 100;
const URL_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
const LABEL_WORDS = 4;
const DEEPEST_SCOPE = 32;
const LABEL_REACH = 12;

interface Scope {
  key: string;
  id: number;
  array: boolean;
}

interface Piece {
  /** Index of the first and last number token. */
  first: number;
  last: number;
  values: string[];
  /** The piece is part of something else: a date, a version, a path, a position, an identifier. */
  noise: boolean;
  /** Two numbers side by side read as one pair (`spacedPair`). */
  spaced?: boolean;
}

export function read(t: Tokens, vocabulary: Vocabulary, options: ReadOptions): Reading {
  const reading: Reading = { named: [], bare: [], hints: [], names: [] };
  const hints = new Set<string>();
  const names = new Map<string, NamedRecord>();
  const scopes: Scope[] = [];
  // Brackets nested deeper than any real object are counted, not kept: every number looks at its parents.
  let unkept = 0;
  let scopeCount = 0;
  let inUrl = false;
  let chain: string[] = [];
  const longest = longestKey(vocabulary);
  const held = new Set<Item>();

  for (let i = 0; i < t.count; i++) {
    const kind = t.kind[i];
    if (inUrl && (t.spaced[i] || kind === NEWLINE || QUOTES.has(charAt(t, i)) || charAt(t, i) === '<')) inUrl = false;
    if (kind === WORD) {
      const word = tokenText(t, i);
      if (startsUrl(t, i) && URL_SCHEMES.has(word.toLowerCase())) inUrl = true;
      if (inUrl) continue;
      const normalised = word.length > LONGEST_WORD ? '' : normaliseWord(word);
      chain = continuesChain(t, i) ? [...chain.slice(1 - LONGEST_CHAIN), normalised] : [normalised];
      lookUpContext(chain, longest, vocabulary, options, hints, names);
    } else if (kind === PUNCT) {
      const c = charAt(t, i);
      if ((c === '{' || c === '[') && scopes.length < DEEPEST_SCOPE)
        scopes.push({ key: keyBefore(t, i), id: ++scopeCount, array: c === '[' });
      else if (c === '{' || c === '[') unkept++;
      else if ((c === '}' || c === ']') && unkept > 0) unkept--;
      else if (c === '}' || c === ']') scopes.pop();
    } else if (kind === NUMBER) {
      const piece = pieceAt(t, i);
      i = piece.last;
      if (inUrl) continue;
      const withNext = options.query || !piece.noise ? spacedPair(t, piece, options) : null;
      if (withNext) i = withNext.last;
      const item = itemOf(t, withNext ?? piece, scopes, options);
      if (item === 'noise') continue;
      if ('held' in item) {
        held.add(item.held);
        reading.named.push(item.held);
        continue;
      }
      if (item.space === null) reading.bare.push(item);
      else reading.named.push(item);
    }
  }
  reading.named = keptInConstantRuns(reading, held);
  reading.hints = [...hints];
  reading.names = [...names.values()];
  return reading;
}

const startsUrl = (t: Tokens, i: number) =>
  charAt(t, i + 1) === ':' && glued(t, i + 1) && charAt(t, i + 2) === '/' && charAt(t, i + 3) === '/';

/** Whether word i continues a dotted or dashed name (`com.azure.communication.chat`). */
function continuesChain(t: Tokens, i: number): boolean {
  const joiner = charAt(t, i - 1);
  return glued(t, i) && glued(t, i - 1) && t.kind[i - 2] === WORD && '.-/@:'.includes(joiner) && joiner !== '';
}

/** Looks up the last one to five words of a name (`communication`, `communication chat`, …) in the vocabulary. */
function lookUpContext(
  chain: string[],
  longest: number,
  vocabulary: Vocabulary,
  options: ReadOptions,
  hints: Set<string>,
  names: Map<string, NamedRecord>,
) {
  let joined = '';
  for (let k = chain.length - 1; k >= 0; k--) {
    if (chain[k] === '' || chain[k]!.length + joined.length > longest) return;
    joined = chain[k] + joined;
    const word = own(vocabulary.words, joined);
    if (word && (options.query || !word.queryOnly)) for (const area of word.areas) hints.add(area);
    for (const area of own(vocabulary.fields, joined) ?? []) hints.add(area);
    for (const named of own(vocabulary.names, joined) ?? [])
      names.set(`${named.area}|${named.code}|${named.subcode}`, named);
  }
}

/** The length of the vocabulary's longest word: no longer name needs looking up. */
const longestKey = (vocabulary: Vocabulary) =>
  Math.max(
    0,
    ...[vocabulary.words, vocabulary.fields, vocabulary.names].flatMap((table) =>
      Object.keys(table).map((k) => k.length),
    ),
  );

/** The field an opening bracket belongs to: `"resultInformation": {`, `SUB_CODES = [`; not `SIP/2.0 {`. */
function keyBefore(t: Tokens, i: number): string {
  let separator = false;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    if (t.kind[k] === WORD) return separator ? tokenText(t, k) : '';
    if (t.kind[k] !== PUNCT || !KEY_SYNTAX.has(charAt(t, k))) return '';
    separator ||= charAt(t, k) === ':' || charAt(t, k) === '=';
  }
  return '';
}

/** The numbers glued to number i by joiners, and whether the whole is something other than a code. */
function pieceAt(t: Tokens, i: number): Piece {
  const values = [tokenText(t, i)];
  const joiners: string[] = [];
  let last = i;
  while (
    last + 2 < t.count &&
    t.kind[last + 1] === PUNCT &&
    JOINERS.has(charAt(t, last + 1)) &&
    glued(t, last + 1) &&
    glued(t, last + 2) &&
    t.kind[last + 2] === NUMBER
  ) {
    joiners.push(charAt(t, last + 1));
    values.push(tokenText(t, last + 2));
    last += 2;
  }
  const shape = values.length <= 2 && joiners.every((j) => PAIR_JOINERS.has(j));
  return { first: i, last, values, noise: !shape || gluedBefore(t, i) || gluedAfter(t, last) };
}

/** A joiner before the piece that ties it to a word or makes it signed: `Thread.java:748`, `work/1`, `+1425`, `-1`. */
function gluedBefore(t: Tokens, i: number): boolean {
  if (!glued(t, i) || t.kind[i - 1] !== PUNCT) return false;
  const c = charAt(t, i - 1);
  if (c === '+' || c === '$' || c === '#' || c === '~') return true;
  if (c === '-') return true;
  if (!'./\\:@_'.includes(c)) return false;
  const tied = glued(t, i - 1) && (t.kind[i - 2] === WORD || t.kind[i - 2] === NUMBER);
  // `code:480` is a field and its value; `Thread.java:748` and `localhost:8080` are positions and ports.
  if (c === ':' && tied && t.kind[i - 2] === WORD) return fieldKind(tokenText(t, i - 2)) === null;
  return tied;
}

/** A joiner after the piece that ties it to a word: `2024-07-23T10`, `1/s`, `1.4.0b1`, `50%`, `2001@host`. */
function gluedAfter(t: Tokens, last: number): boolean {
  const next = last + 1;
  if (!glued(t, next) || t.kind[next] !== PUNCT) return false;
  const c = charAt(t, next);
  if (c === '%') return true;
  // `sip:2001@192.168.1.17`: the user part of an address.
  if (!JOINERS.has(c) && c !== '_' && c !== '@') return false;
  return glued(t, next + 1) && (t.kind[next + 1] === WORD || t.kind[next + 1] === NUMBER);
}

/** `487 10003`, `487 / 10003`: a pair written with spaces, on one line. */
function spacedPair(t: Tokens, piece: Piece, options: ReadOptions): Piece | null {
  if (piece.values.length !== 1 || (!options.query && !couldBeCode(Number(piece.values[0])))) return null;
  let next = piece.last + 1;
  if (t.kind[next] === PUNCT && PAIR_JOINERS.has(charAt(t, next)) && t.line[next] === t.line[piece.last]) next++;
  if (t.kind[next] !== NUMBER || t.line[next] !== t.line[piece.last]) return null;
  const second = pieceAt(t, next);
  if (second.values.length !== 1 || (second.noise && !options.query)) return null;
  // In a log, two numbers side by side are a pair only when the first looks like a code and the second like a subcode.
  if (!options.query && Number(second.values[0]) < 1000) return null;
  return { ...piece, last: second.last, values: [...piece.values, ...second.values], noise: false, spaced: true };
}

/** An ACS code that a subcode can follow: 0, or an HTTP-like status. */
export const couldBeCode = (n: number) => n === 0 || (n >= 100 && n <= 699);

interface Label {
  kind: FieldKind | 'constant' | 'measure-constant' | 'unnamed-field' | 'noise' | null;
  word: string;
}

/**
 * What names the number at token i: the nearest field name before it on its line, or a word that
 * makes it noise. `status code: 401` is a status; `Error starting call: 7504` is a code (a word
 * like `call` in a sentence is not a field); `"segmentsFailed": 1` belongs to a field that is no code.
 */
function labelOf(t: Tokens, i: number): Label {
  const words: number[] = [];
  // `name: 5`, `name="5"`, `name:-> 5`: the nearest word is a field name only when nothing else comes between.
  let separator = false;
  let between = true;
  for (let k = i - 1, steps = 0; k >= 0 && steps < LABEL_REACH && t.line[k] === t.line[i]; k--, steps++) {
    if (t.kind[k] === NUMBER) break;
    if (t.kind[k] === PUNCT) {
      const c = charAt(t, k);
      if (LABEL_STOPS.has(c)) break;
      if (words.length === 0) {
        separator ||= c === ':' || c === '=';
        between &&= KEY_SYNTAX.has(c);
      }
      continue;
    }
    if (t.kind[k] === WORD) {
      words.push(k);
      if (words.length === LABEL_WORDS) break;
    }
  }
  const texts = words.map((k) => tokenText(t, k)).filter((w) => w.length <= LONGEST_WORD);
  const found = texts.findIndex((w) => fieldKind(w) !== null);
  if (found >= 0) {
    const kind = fieldKind(texts[found]!)!;
    // `Reason: SIP;cause=487`: the nearest name says cause, the word right before it says SIP.
    const explicit = [kind, fieldKind(texts[found + 1] ?? '')].find((k) => k?.explicit);
    // `Status code 500`, `HTTP status code 401`: the code of an HTTP response, whose subcode may follow.
    const status = kind.role === 'code' && fieldKind(texts[found + 1] ?? '')?.role === 'status';
    const role = status ? 'status' : kind.role;
    // SIP responses and Q.850 causes have no subcodes: a subcode stays an ACS subcode whatever is written before it.
    const space = role === 'subcode' || role === 'pair' ? kind.space : (explicit?.space ?? kind.space);
    return { kind: { ...kind, role, space, explicit: kind.explicit || space !== kind.space }, word: texts[found]! };
  }
  const keyed = separator && between;
  const nearest = texts[0];
  if (nearest === undefined) return { kind: null, word: '' };
  if (keyed && isConstantName(nearest))
    return { kind: isNoiseLabel(nearest) ? 'measure-constant' : 'constant', word: nearest };
  if (isNoiseLabel(nearest)) return { kind: 'noise', word: nearest };
  if (keyed && !isProse(t, words[0]!)) return { kind: 'unnamed-field', word: nearest };
  return { kind: null, word: nearest };
}

/** A lower-case word inside a sentence (`starting call: 7504`), not a field name on its own. */
function isProse(t: Tokens, k: number): boolean {
  const word = tokenText(t, k);
  // Quoted (`"callDuration": 6`) or a query parameter (`?i=122&e=6`): a field, whatever its case.
  const quoted = glued(t, k) && (QUOTES.has(charAt(t, k - 1)) || charAt(t, k - 1) === '?' || charAt(t, k - 1) === '&');
  const firstOnLine = k === 0 || t.line[k - 1] !== t.line[k] || t.kind[k - 1] === NEWLINE;
  return /^[a-z]{1,12}$/.test(word) && !quoted && !firstOnLine;
}

/** A number whose reading waits for its neighbours (`keptInConstantRuns`). */
interface Held {
  held: Item;
}

function itemOf(t: Tokens, piece: Piece, scopes: Scope[], options: ReadOptions): Item | Held | 'noise' {
  if (piece.noise && !options.query) return 'noise';
  if (piece.values.some((v) => v.length > LONGEST_NAMED) || isMeasure(t, piece)) return 'noise';
  const label = labelOf(t, piece.first);
  if (label.kind === 'noise' || label.kind === 'unnamed-field') return 'noise';
  // Inside `SUB_CODES = [5000, 5300]` the numbers take the array's name.
  const kind = label.kind ?? arrayKind(scopes);
  const pair = piece.values.length === 2;
  if (kind === null) {
    if (!options.query && isBareNoise(t, piece)) return 'noise';
    return { ...placeOf(t, piece, scopes, null), space: null, role: pair ? 'pair' : 'either' };
  }
  const place = placeOf(t, piece, scopes, label.kind === null ? null : label.word);
  if (kind === 'constant') return { ...place, space: 'acs', role: 'either' };
  if (kind === 'measure-constant') return { held: { ...place, space: 'acs', role: 'either' } };
  const role = pair ? 'pair' : kind.role;
  const codeRole = role === 'code' || role === 'status';
  const parents = place.keys.slice(0, label.kind === null ? undefined : -1);
  const space = kind.explicit || !codeRole ? kind.space : (spaceOfParents(parents) ?? kind.space);
  return fitsSpace(space, place.value) ? { ...place, space, role } : 'noise';
}

const isConstantItem = (item: Item) => item.role === 'either' && isConstantName(item.keys.at(-1) ?? '');

// Constants of one list sit on consecutive lines, or two apart with a comment between them.
const CONSTANT_RUN_GAP = 2;

/**
 * `CALL_TIMEOUT = 408` names a time-out, which is a measure (`CONNECT_TIMEOUT = 30000`), unless it sits
 * among SDK constants read as codes (`MEDIA_ERROR = 410` on the next line): there it is one of their
 * list. A run is lines at most CONSTANT_RUN_GAP apart; held numbers in a run without such a constant are dropped.
 */
function keptInConstantRuns({ named, bare }: Reading, held: Set<Item>): Item[] {
  if (held.size === 0) return named;
  const constants = [...named, ...bare].filter((item) => !held.has(item) && isConstantItem(item));
  const constantLines = new Set(constants.map((item) => item.line));
  const lines = [...new Set([...constantLines, ...[...held].map((item) => item.line)])].sort((a, b) => a - b);
  const runOf = new Map<number, number>();
  const runsWithConstant = new Set<number>();
  let run = 0;
  lines.forEach((line, i) => {
    if (i > 0 && line - lines[i - 1]! > CONSTANT_RUN_GAP) run++;
    runOf.set(line, run);
    if (constantLines.has(line)) runsWithConstant.add(run);
  });
  return named.filter((item) => !held.has(item) || runsWithConstant.has(runOf.get(item.line)!));
}

function arrayKind(scopes: Scope[]): FieldKind | null {
  const inner = scopes.at(-1);
  return inner?.array ? fieldKind(inner.key) : null;
}

/** The number's value and where it sits: its field names, its object, its line. */
function placeOf(t: Tokens, piece: Piece, scopes: Scope[], key: string | null) {
  const [value, second] = piece.values.map(Number);
  const parents = scopes.map((s) => s.key).filter(Boolean);
  return {
    value: value!,
    second: second ?? null,
    joined: second !== undefined && !piece.spaced,
    keys: key === null ? parents : [...parents, key],
    scope: scopes.findLast((s) => !s.array)?.id ?? -t.line[piece.first]!,
    line: t.line[piece.first]!,
  };
}

/** A SIP response has three digits; a Q.850 cause is at most 127. Anything else is not one. */
const fitsSpace = (space: Space, value: number) =>
  space === 'sip' ? value >= 100 && value <= 699 : space === 'q850' ? value <= 127 : true;

const onLineOf = (t: Tokens, piece: Piece, k: number) => k >= 0 && k < t.count && t.line[k] === t.line[piece.first];

/** `15 ms`, `1426 bytes`, `30 seconds`: a measure, whatever names it. */
function isMeasure(t: Tokens, piece: Piece): boolean {
  const next = piece.last + 1;
  return onLineOf(t, piece, next) && t.kind[next] === WORD && isUnit(tokenText(t, next));
}

/** Numbers nothing names: counts, dates, offsets, list items and code-frame gutters are not codes. */
function isBareNoise(t: Tokens, piece: Piece): boolean {
  if (piece.values.some((v) => v.length > LONGEST_BARE || (v.length > 1 && v.startsWith('0')))) return true;
  if (Number(piece.values[0]) < SMALLEST_BARE) return true;
  const [before, next] = [piece.first - 1, piece.last + 1];
  if (onLineOf(t, piece, next) && t.kind[next] === WORD && isCalendarWord(tokenText(t, next))) return true;
  if (onLineOf(t, piece, before) && t.kind[before] === WORD && isCalendarWord(tokenText(t, before))) return true;
  // `NSError + 112`: an offset in a native stack frame.
  if (onLineOf(t, piece, before) && charAt(t, before) === '+') return true;
  return isGutter(t, piece);
}

/** `  375 | }`: the line numbers of a code frame in a stack trace. */
function isGutter(t: Tokens, piece: Piece): boolean {
  let first = piece.first - 1;
  while (
    first >= 0 &&
    t.line[first] === t.line[piece.first] &&
    t.kind[first] === PUNCT &&
    '>+-'.includes(charAt(t, first))
  )
    first--;
  const startsLine = first < 0 || t.line[first] !== t.line[piece.first];
  return startsLine && charAt(t, piece.last + 1) === '|';
}
