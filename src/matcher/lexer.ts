/**
 * Splits pasted text into tokens in one pass, without regular expressions: a megabyte of spaces,
 * digits or brackets costs the same per character as a short log line. Tokens live in typed
 * arrays, so a megabyte of one-letter words stays a few megabytes of memory.
 */

export const NUMBER = 1;
export const WORD = 2;
export const PUNCT = 3;
export const NEWLINE = 4;

export interface Tokens {
  text: string;
  count: number;
  kind: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  line: Uint32Array;
  /** 1 when whitespace separates the token from the one before it. */
  spaced: Uint8Array;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiWordChar = (c: number) =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
// Letters of other scripts belong to words; normalise() has already turned their digits into ASCII.
const isWordChar = (c: number) => isAsciiWordChar(c) || (c > 127 && !isSpace(c) && c !== 0x2028 && c !== 0x2029);

/** `Q.850` and `SIP/2.0` name code spaces: read as one word, not as the numbers 850 and 2.0. */
function spaceNameEnd(text: string, start: number, end: number): number {
  const word = text.slice(start, end).toLowerCase();
  if (word === 'q' && text.startsWith('.850', end) && !isWordChar(text.charCodeAt(end + 4))) return end + 4;
  if (word === 'sip' && text.startsWith('/2.0', end) && !isDigit(text.charCodeAt(end + 4))) return end + 4;
  return end;
}

export function lex(text: string): Tokens {
  const capacity = text.length + 1;
  const tokens: Tokens = {
    text,
    count: 0,
    kind: new Uint8Array(capacity),
    start: new Uint32Array(capacity),
    end: new Uint32Array(capacity),
    line: new Uint32Array(capacity),
    spaced: new Uint8Array(capacity),
  };
  let line = 1;
  let spaced = 1;
  let i = 0;
  const push = (kind: number, start: number, end: number) => {
    const n = tokens.count++;
    tokens.kind[n] = kind;
    tokens.start[n] = start;
    tokens.end[n] = end;
    tokens.line[n] = line;
    tokens.spaced[n] = spaced;
    spaced = 0;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      push(NEWLINE, i, i + 1);
      line++;
      spaced = 1;
      i++;
    } else if (isSpace(c)) {
      spaced = 1;
      i++;
    } else if (isWordChar(c)) {
      let end = i;
      let digits = true;
      for (; end < text.length && isWordChar(text.charCodeAt(end)); end++)
        if (!isDigit(text.charCodeAt(end))) digits = false;
      if (digits) push(NUMBER, i, end);
      else push(WORD, i, spaceNameEnd(text, i, end));
      i = tokens.end[tokens.count - 1]!;
    } else {
      push(PUNCT, i, i + 1);
      i++;
    }
  }
  return tokens;
}

export const tokenText = (t: Tokens, i: number) => t.text.slice(t.start[i], t.end[i]);
export const charAt = (t: Tokens, i: number) => (t.kind[i] === PUNCT ? t.text[t.start[i]!]! : '');
/** Whether token i touches token i - 1 (no whitespace between them). */
export const glued = (t: Tokens, i: number) => i > 0 && i < t.count && t.spaced[i] === 0 && t.kind[i] !== NEWLINE;
