import type { Fail } from './errors';

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Content must be UTF-8: a Latin-1 or Windows-1252 byte would otherwise be published as "�".
 * Returns the text without BOM and with LF line ends, or null after reporting the first bad byte.
 */
export function decodeContent(bytes: Uint8Array, fail: Fail): string | null {
  let text: string;
  try {
    text = strict
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    fail(line, `byte 0x${hex} is not UTF-8`, 'save the file as UTF-8 (the character was probably typed in Latin-1)');
    return null;
  }
  return controlCharacters(text, fail) ? null : text;
}

// C0 and C1 controls other than tab and line feed, DEL, and the two noncharacters XML forbids:
// invisible on a page, and a vertical tab or NUL makes the Atom feed invalid XML.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Reports each control character at its line; true when there was one. */
function controlCharacters(text: string, fail: Fail): boolean {
  let found = false;
  for (const match of text.matchAll(CONTROL)) {
    found = true;
    const line = text.slice(0, match.index).split('\n').length;
    const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    fail(
      line,
      `the control character U+${code}${NAMES[match[0]] ? ` (${NAMES[match[0]]})` : ''} is invisible on a page`,
      'delete it (retype the text around it if it came from a paste)',
    );
  }
  return found;
}

const NAMES: Record<string, string> = {
  '\u0000': 'NUL',
  '\u0008': 'backspace',
  '\u000B': 'vertical tab',
  '\u000C': 'form feed',
  '\u001B': 'escape',
  '\u007F': 'delete',
};

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length - 1;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead < 0xe0
        ? 2
        : lead >= 0xe0 && lead < 0xf0
          ? 3
          : lead >= 0xf0 && lead < 0xf5
            ? 4
            : 0;
  for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return i + length <= bytes.length ? length : 0;
}
