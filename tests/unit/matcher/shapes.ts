/**
 * Pathological pastes: long runs of one kind of character, the shapes that made a backtracking
 * reader take time that grows with the square of their length. Each ends with a real code, so a
 * reader that stops early or chokes is seen by its outcome.
 */
export const SHAPES: Record<string, (size: number) => string> = {
  spaces: (n) => ' '.repeat(n),
  tabs: (n) => '\t'.repeat(n),
  'spaces and tabs': (n) => ' \t'.repeat(n / 2),
  newlines: (n) => '\n'.repeat(n),
  digits: (n) => '7'.repeat(n),
  'digits and spaces': (n) => '7 '.repeat(n / 2),
  separators: (n) => '/-#.:'.repeat(n / 5),
  'digits and separators': (n) => '1/2-3#4.5:'.repeat(n / 10),
  brackets: (n) => '{['.repeat(n / 2),
  'closing brackets': (n) => ']}'.repeat(n / 2),
  quotes: (n) => '"\'`'.repeat(n / 3),
  'field names': (n) => 'code: '.repeat(n / 6),
  'field names and spaces': (n) => `code${' '.repeat(n - 8)}: `,
  'SIP status lines': (n) => 'SIP/2.0 '.repeat(n / 8),
  'SIP reason headers': (n) => 'Reason: SIP;cause='.repeat(n / 18),
  'SIP-like text': (n) => 'SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK '.repeat(n / 41),
  'key and value noise': (n) => '"a":1,'.repeat(n / 6),
  'time-out constants': (n) => 'X_TIMEOUT = 1\n'.repeat(n / 14),
  'one long word': (n) => 'a'.repeat(n),
  'dotted words': (n) => 'a.'.repeat(n / 2),
  'a URL': (n) => `https://x/${'a/'.repeat(n / 2)}`,
};

/** The code every shape ends with, and how the reader reports it. */
export const TAIL = ' {"code": 487, "subCode": 10003}';
export const TAIL_READ = 'acs 487/10003';

export const SIZES = [10_000, 100_000, 1_000_000];
