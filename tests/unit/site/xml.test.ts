import { describe, expect, test } from 'vitest';
import { xmlText } from '../../../src/site/xml';

// /changes.xml must stay valid XML whatever a message holds.

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('text written into XML', () => {
  test('every character XML cannot hold becomes U+FFFD, every other stays', () => {
    const all =
      Array.from({ length: 0x110 }, (_, i) => String.fromCharCode(i)).join('') + '\uD800x\uDC00\uFFFE\uFFFF😀';
    const written = xmlText(all);
    expect(written).toMatch(XML_CHAR);
    expect(written).toContain('😀');
    expect(written.replace(/&(amp|lt|gt|quot);/g, '').match(/\uFFFD/g)).toHaveLength(29 + 2 + 2);
  });

  test('markup characters are escaped', () => {
    expect(xmlText('a < b & "c" > d ]]>')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d ]]&gt;');
  });
});
