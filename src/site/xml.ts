// Characters XML 1.0 cannot hold at all, escaped or not: C0 controls other than tab, LF and CR,
// lone surrogates, U+FFFE and U+FFFF. One of them anywhere makes the whole feed unreadable.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an XML element or a double-quoted attribute: markup characters escaped, and each character XML cannot
 * hold shown as U+FFFD, so the document stays valid whatever the text holds (content/ itself
 * refuses control characters; this keeps a feed readable even if one got through).
 */
export const xmlText = (text: string) =>
  text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
