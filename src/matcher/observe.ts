import { fieldKind } from './fields';
import { group, type Observation } from './group';
import { lex, NEWLINE, tokenText, WORD, type Tokens } from './lexer';
import { normalise } from './normalise';
import { couldBeCode, read, type Item } from './read';
import { unfoldTables } from './tables';
import { EMPTY_VOCABULARY, normaliseWord, own, type NamedRecord, type Vocabulary } from './vocabulary';

export type { Observation } from './group';

/** The longest paste read; the lookup says when it stops short. */
export const MAX_PASTE = 1_000_000;
const MAX_OBSERVATIONS = 200;
// A query is what a person types: a line of a few numbers and words that name a code space or an area.
const LONGEST_QUERY = 16;

export interface Observed {
  observations: Observation[];
  truncated: boolean;
}

/**
 * Reads a paste into the codes it reports, in paste order. When a field names some numbers, those
 * are read, and of the rest only pairs written as one (`487/10003`); otherwise every number that
 * looks like a code rather than a date, a count, a position or an identifier.
 */
export function observe(
  input: string,
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  options: { query?: boolean } = {},
): Observed {
  const truncated = input.length > MAX_PASTE;
  const text = unfoldTables(normalise(input.slice(0, MAX_PASTE)).split('\n')).join('\n');
  const tokens = lex(text);
  const typed = options.query ?? isQuery(tokens, vocabulary);
  const reading = read(tokens, vocabulary, { query: typed });
  const items = reading.named.length > 0 ? withWrittenPairs(reading.named, reading.bare) : reading.bare;
  const observations = withNames(dedupe(group(items, vocabulary.fields, typed)), reading.names, typed).slice(
    0,
    MAX_OBSERVATIONS,
  );
  for (const o of observations) o.hints = [...new Set([...o.hints, ...reading.hints])];
  return { observations, truncated };
}

/**
 * The named numbers and, in paste order among them, the pairs nothing names but their writing
 * (`… then 487/10003`): a log that names one code can report another in a message.
 */
function withWrittenPairs(named: Item[], bare: Item[]): Item[] {
  const pairs = bare.filter((item) => item.joined && couldBeCode(item.value));
  // Stable: on one line, the named numbers come first.
  return pairs.length === 0 ? named : [...named, ...pairs].sort((a, b) => a.line - b.line);
}

/** A reading of pasted text and how long the reader took, in milliseconds (the bench reports it). */
export interface TimedReading extends Observed {
  readMs: number;
}

/** Reads a paste and times the reading. */
export function timedObserve(text: string, vocabulary: Vocabulary): TimedReading {
  const started = performance.now();
  const observed = observe(text, vocabulary);
  return { ...observed, readMs: performance.now() - started };
}

/** One short line of numbers and words that name a field, a code space or an area: `SIP 486`, `chat 403`. */
export function isQuery(tokens: Tokens, vocabulary: Vocabulary): boolean {
  if (tokens.count > LONGEST_QUERY) return false;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] === NEWLINE) return false;
    if (tokens.kind[i] !== WORD) continue;
    const word = tokenText(tokens, i);
    const known = normaliseWord(word);
    if (!fieldKind(word) && !own(vocabulary.words, known) && !own(vocabulary.names, known)) return false;
  }
  return true;
}

/** An SDK name in the paste (`NoNgcEndpoint`) reports its record, or joins the numbers read beside it. */
function withNames(observations: Observation[], names: NamedRecord[], typed: boolean): Observation[] {
  for (const named of names) {
    const same = observations.find(
      (o) => o.space !== 'sip' && o.space !== 'q850' && o.code === named.code && o.subcode === named.subcode,
    );
    // The name is evidence of its record's area, as a field name is.
    if (same)
      Object.assign(same, { names: [...new Set([...same.names, named.name])], hints: [...same.hints, named.area] });
    else
      observations.push({
        space: 'acs',
        code: named.code,
        subcode: named.subcode,
        either: null,
        fields: [],
        hints: [named.area],
        names: [named.name],
        typed,
        count: 1,
      });
  }
  return observations;
}

/** The same code reported again is counted, not listed twice. */
function dedupe(observations: Observation[]): Observation[] {
  const seen = new Map<string, Observation>();
  for (const o of observations) {
    const key = `${o.space}|${o.code}|${o.subcode}|${o.either}`;
    const first = seen.get(key);
    if (!first) seen.set(key, o);
    else Object.assign(first, { count: first.count + 1, hints: [...new Set([...first.hints, ...o.hints])] });
  }
  return [...seen.values()];
}
