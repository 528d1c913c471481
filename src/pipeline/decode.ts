import type { Fail } from './errors';

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Content must be UTF-8: a Latin-1 or Windows-1252 byte would otherwise be published as "�".
 * Returns the text without BOM and with LF line ends, or null after reporting the first bad byte.
 */
export function decodeContent(bytes: Uint8Array, fail: Fail): string | null {
  try {
    return strict
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
}

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
