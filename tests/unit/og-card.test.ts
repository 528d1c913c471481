import { describe, expect, test } from 'vitest';
import { cardSvg, wrap } from '../../src/integrations/og-images/card';

describe('wrap', () => {
  test('breaks between words, never past the width', () => {
    const lines = wrap('Call ended because the callee declined the call and hung up', 20, 5);
    expect(lines.join(' ')).toBe('Call ended because the callee declined the call and hung up');
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });

  test('ends the last line with an ellipsis when text is left over', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
  });

  test('cuts a word longer than a line', () => {
    expect(wrap('x'.repeat(30), 10, 3)[0]).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('cardSvg', () => {
  const record = { code: 487, subcode: 10003, table: 'Call end <codes> & subcodes', message: 'Call "declined" <b>' };

  test('shows the numbers as a log prints them and the message, escaped', () => {
    const svg = cardSvg(record, 'Calling SDK', 'ACS error codes');
    expect(svg).toContain('>487/10003</text>');
    expect(svg).toContain('Call "declined" &lt;b&gt;');
    expect(svg).toContain('Calling SDK · Call end &lt;codes&gt; &amp; subcodes');
    expect(svg).not.toMatch(/<b>/);
  });

  test('a subcode without a code reads "subcode N"', () => {
    expect(cardSvg({ ...record, code: null, subcode: 8523 }, 'Call Automation SDK', 'x')).toContain('>subcode 8523<');
  });

  test('is the same text for the same record: cards are reproducible and cacheable', () => {
    expect(cardSvg(record, 'Calling SDK', 'ACS error codes')).toBe(cardSvg(record, 'Calling SDK', 'ACS error codes'));
  });
});
