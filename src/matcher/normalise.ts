let digitValues: Map<number, number> | undefined;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Every Unicode decimal digit (Arabic-Indic, Devanagari, full-width, mathematical…) with its value. */
function unicodeDigits(): Map<number, number> {
  if (digitValues) return digitValues;
  digitValues = new Map();
  // Unicode assigns decimal digits only in runs of ten, zero first; runs may follow each other.
  let run = 0;
  for (let cp = 0x80; cp < 0x20000; cp++) {
    if (/\p{Nd}/u.test(String.fromCodePoint(cp))) digitValues.set(cp, run++ % 10);
    else run = 0;
  }
  return digitValues;
}

/**
 * Makes pasted text comparable: drops invisible format characters (a zero-width space inside
 * "48\u200B7" must not split the number) and turns every kind of decimal digit into ASCII.
 */
export function normalise(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const plain = text.replace(/\p{Cf}/gu, '').normalize('NFKC');
  if (!NON_ASCII.test(plain) || !/\p{Nd}/u.test(plain.replace(/[0-9]/g, ''))) return plain;
  const digits = unicodeDigits();
  return plain.replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : String(digits.get(d.codePointAt(0)!) ?? d)));
}
