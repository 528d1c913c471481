import { describe, expect, test } from 'vitest';
import { BODY_OFFSET, FIRST_ROW, errorsOf, parse, recordsOf, row, table } from '../helpers';

// A cell is text as written: only links, code spans, <br>, "- " at a line start and a backslash
// before punctuation are read as Markdown (the README's list). Everything else reaches the
// record, and so the page and /codes.json, exactly as it is typed.

const messageOf = (cell: string) => recordsOf(table('| Code | Message |', row('1', cell)))[0]!;

describe('text that reaches the record as written', () => {
  test.each([
    ['identifiers with underscores', 'Set snake_case_names and _private_ and __init__.'],
    ['asterisks', 'Dial *67 and *68* first; use **bold** text.'],
    ['a number sign', '# is the pound key; #tab/x'],
    ['a leading minus', '-1 is returned'],
    ['a dash without a space', '-b flag'],
    ['two dashes', '-- not a list'],
    ['a tilde pair', '~~kept~~'],
    ['a character reference', 'R&amp;D &#x41; &copy;'],
    ['a numbered line', '1. first'],
    ['a quote mark', '> not a quote'],
    ['a plus at the start', '+ not a list'],
  ])('%s', (_, text) => {
    const record = messageOf(text);
    expect(record.message).toBe(text);
    expect(record.messageHtml).not.toMatch(/<(em|strong|del|h\d|ol|ul|blockquote)\b/);
  });

  test('the HTML shows the same characters', () => {
    expect(messageOf('Dial *67 and *68*; __init__; R&amp;D').messageHtml).toBe(
      '<p>Dial *67 and *68*; __init__; R&#x26;amp;D</p>',
    );
  });
});

describe('the Markdown a cell may hold', () => {
  test('a backslash before punctuation writes it literally', () => {
    expect(messageOf('a \\| b \\[x\\] \\_y\\_ \\*').message).toBe('a | b [x] _y_ *');
  });

  test('a code span keeps its text, with \\| as a pipe', () => {
    const record = messageOf('Use `a_b\\|c*` here');
    expect(record.message).toBe('Use a_b|c* here');
    expect(record.messageHtml).toBe('<p>Use <code>a_b|c*</code> here</p>');
  });

  test('links, in brackets and in angle brackets', () => {
    const record = messageOf('See [the docs](https://learn.microsoft.com/a_b) or <https://example.org/x>.');
    expect(record.message).toBe('See the docs or https://example.org/x.');
    expect(record.links.map((l) => l.href)).toEqual(['https://learn.microsoft.com/a_b', 'https://example.org/x']);
  });

  test('"- " at the start of the cell or after <br> is a list item; "-1" after <br> is not', () => {
    const record = messageOf('- one<br>- two<br>-1 is text');
    expect(record.messageHtml).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>-1 is text</p>');
    expect(record.message).toBe('- one\n- two\n-1 is text');
  });
});

describe('what a cell may not hold stops the build at its row', () => {
  test.each([
    ['raw HTML', '<b>bold</b>', 'raw HTML "<b>" would not be shown — write Markdown instead; only <br> is allowed'],
    [
      'a script',
      '<script>x</script>',
      'raw HTML "<script>" would not be shown — write Markdown instead; only <br> is allowed',
    ],
    [
      'a javascript: link',
      '[x](javascript:alert(1))',
      'link "javascript:alert(1)" uses javascript: — only http(s) links are allowed',
    ],
    [
      'an image',
      '![x](https://example.org/x.png)',
      'an image would not be shown — link to it instead: [description](https://…)',
    ],
  ])('%s', (_, cell, problem) => {
    expect(errorsOf(table('| Code | Message |', row('1', cell)))[0]).toBe(`content/test.md:${FIRST_ROW}: ${problem}`);
  });
});

describe('control characters stop the build at their line', () => {
  test.each([
    ['a vertical tab', '\u000b', 'U+000B (vertical tab)'],
    ['a NUL', '\u0000', 'U+0000 (NUL)'],
    ['an escape', '\u001b', 'U+001B (escape)'],
    ['a C1 control', '\u0085', 'U+0085'],
    ['a noncharacter', '\uffff', 'U+FFFF'],
  ])('%s', (_, character, name) => {
    expect(errorsOf(table('| Code | Message |', row('1', `a${character}b`)))).toEqual([
      `content/test.md:${FIRST_ROW}: the control character ${name} is invisible on a page — delete it (retype the text around it if it came from a paste)`,
    ]);
  });

  test('in prose and frontmatter too, each at its own line', () => {
    const { errors } = parse(`Prose\u0007.\n\n${table('| Code | Message |', row('1', 'a'))}`, {
      frontmatter: 'description: "x\u000cy"\n',
    });
    expect(errors.map((e) => e.line)).toEqual([BODY_OFFSET, BODY_OFFSET + 2]);
  });

  test('a tab is text, not a control character', () => {
    expect(messageOf('a\tb').message).toBe('a\tb');
  });
});
