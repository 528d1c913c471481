import { describe, expect, test } from 'vitest';
import { formatError, parseArea } from '../../src/lib/parse-area';
import { parseBody, table } from './helpers';

const HEADER = '| Subcode | Code | Message | Result category | Advice |';
const row = (...cells: string[]) => `| ${cells.join(' | ')} |`;
const records = (body: string) => {
  const { area, errors } = parseBody(body);
  expect(errors.map(formatError)).toEqual([]);
  return area!.records;
};
const errorsOf = (body: string) => parseBody(body).errors.map(formatError);

describe('parseArea reads rows', () => {
  test('a well-formed row becomes one record with every column', () => {
    const [record] = records(table(HEADER, row('10003', '487', 'Call was canceled.', 'Success', 'Nothing to do.')));
    expect(record).toMatchObject({
      code: 487,
      subcode: 10003,
      message: 'Call was canceled.',
      resultCategory: 'Success',
      advice: 'Nothing to do.',
      table: 'Codes',
      tableSlug: 'codes',
      line: 18,
    });
  });

  test('a cell listing several codes becomes one record per code', () => {
    const list = records(table('| Code | Message |', row('490, 491, 496', 'Network issues.')));
    expect(list.map((r) => r.code)).toEqual([490, 491, 496]);
  });

  test('<br> and <br/> in a cell become line breaks', () => {
    const [record] = records(table('| Code | Message |', row('1', 'one<br>two<br/>three<br />four')));
    expect(record!.message).toBe('one\ntwo\nthree\nfour');
    expect(record!.messageHtml).toBe('<p>one</p>\n<p>two</p>\n<p>three</p>\n<p>four</p>');
  });

  test('lines starting with "- " inside a cell render as a list', () => {
    const [record] = records(table('| Code | Message |', row('1', 'Causes:<br>- a<br>- b')));
    expect(record!.messageHtml).toBe('<p>Causes:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
  });

  test('an escaped pipe stays inside its cell', () => {
    const [record] = records(table('| Code | Message |', row('1', 'left \\| right')));
    expect(record!.message).toBe('left | right');
  });

  test('CRLF line endings parse like LF', () => {
    const body = table(HEADER, row('7', '496', 'Lost network.', 'ExpectedError', '')).replace(/\n/g, '\r\n');
    expect(records(body).map((r) => [r.code, r.subcode])).toEqual([[496, 7]]);
  });

  test('a row without a trailing pipe is read', () => {
    const [record] = records(table('| Code | Message |', '| 4007 | Opted out.'));
    expect(record).toMatchObject({ code: 4007, message: 'Opted out.' });
  });

  test('empty cells mean no subcode, no category and no advice', () => {
    const [record] = records(table(HEADER, row('', '404', 'Call not found.', '', '')));
    expect(record).toMatchObject({ code: 404, subcode: null, resultCategory: null, advice: '', adviceHtml: '' });
  });

  test('a published misspelling of a category is normalised and kept', () => {
    const [record] = records(table(HEADER, row('3100', '410', 'Setup failed.', 'UnxpectedClientError', '')));
    expect(record).toMatchObject({
      resultCategory: 'UnexpectedClientError',
      resultCategoryAsPublished: 'UnxpectedClientError',
    });
  });

  test('links in message and advice are collected', () => {
    const [record] = records(
      table(HEADER, row('1', '2', 'See [docs](https://learn.microsoft.com/a).', '', '<https://example.org/b>')),
    );
    expect(record!.links).toEqual([
      { text: 'docs', href: 'https://learn.microsoft.com/a' },
      { text: 'https://example.org/b', href: 'https://example.org/b' },
    ]);
  });

  test('an unknown column is kept as an extra field', () => {
    const [record] = records(table('| Code | Message | Platform |', row('1', 'x', 'Web only')));
    expect(record!.extra).toEqual([{ label: 'Platform', text: 'Web only', html: '<p>Web only</p>' }]);
  });

  test('header names from the Microsoft Learn tables map to fields', () => {
    const [record] = records(
      table('| Error code | Description | Action to take |', row('403', 'Forbidden.', 'Check the token.')),
    );
    expect(record).toMatchObject({ code: 403, message: 'Forbidden.', advice: 'Check the token.' });
  });
});

describe('parseArea rejects bad content with file and line', () => {
  test('a non-numeric code', () => {
    expect(errorsOf(table(HEADER, row('1', '48x', 'Bad.', '', '')))).toEqual([
      'content/test.md:18: the code "48x" is not a number (or a comma-separated list of numbers)',
    ]);
  });

  test('a row with too many cells', () => {
    expect(errorsOf(table('| Code | Message |', row('1', 'a', 'b')))).toEqual([
      'content/test.md:18: the row has 3 cells but the header has 2 (Code | Message)',
    ]);
  });

  test('a row with too few cells', () => {
    expect(errorsOf(table(HEADER, row('1', '2', 'msg')))).toEqual([
      'content/test.md:18: the row has 3 cells but the header has 5 (Subcode | Code | Message | Result category | Advice)',
    ]);
  });

  test('an unknown result category', () => {
    expect(errorsOf(table(HEADER, row('1', '2', 'msg', 'Failure', '')))[0]).toMatch(
      /^content\/test\.md:18: unknown result category "Failure"; known: Success, ExpectedError/,
    );
  });

  test('the same key twice with different text', () => {
    const body = table(HEADER, row('1', '2', 'msg', 'Success', 'a'), row('1', '2', 'msg', 'Success', 'b'));
    expect(errorsOf(body)).toEqual([
      'content/test.md:19: 2/1 "msg" appears again with different text (first at line 18); keep one row and put the other wording in its Note',
    ]);
  });

  test('an empty message', () => {
    expect(errorsOf(table('| Code | Message |', row('1', ' ')))).toEqual([
      'content/test.md:18: the message cell is empty',
    ]);
  });

  test('a row with neither code nor subcode', () => {
    expect(errorsOf(table(HEADER, row('', '', 'msg', '', '')))).toEqual([
      'content/test.md:18: the row has neither a code nor a subcode',
    ]);
  });

  test('a row that lost its pipes, which GFM reads as a one-cell row', () => {
    expect(errorsOf(table('| Code | Message |', row('1', 'a'), '2 b'))).toEqual([
      'content/test.md:19: the row has 1 cells but the header has 2 (Code | Message)',
    ]);
  });

  test('a relative link', () => {
    expect(errorsOf(table('| Code | Message |', row('1', '[x](../concepts/a.md)')))).toEqual([
      'content/test.md:18: link "../concepts/a.md" is not absolute; write the full https:// address',
    ]);
  });

  test('raw HTML other than <br>', () => {
    expect(errorsOf(table('| Code | Message |', row('1', 'a <b>b</b>')))[0]).toMatch(/:18: raw HTML "<b>" in a cell/);
  });

  test('a table outside any heading', () => {
    expect(errorsOf('| Code | Message |\n| --- | --- |\n| 1 | a |\n')).toEqual([
      'content/test.md:14: a table must sit under a "## Heading" that names it',
    ]);
  });

  test('a file without frontmatter', () => {
    const { area, errors } = parseArea('## Codes\n', 'content/x.md');
    expect(area).toBeNull();
    expect(errors.map(formatError)).toEqual([
      'content/x.md:1: the file must start with YAML frontmatter between "---" lines',
    ]);
  });

  test('frontmatter that misses a required field', () => {
    const { errors } = parseArea('---\ntitle: X\n---\n', 'content/x.md');
    expect(errors.map(formatError)).toContain(
      'content/x.md:1: frontmatter "description": Invalid input: expected string, received undefined',
    );
  });

  test('every problem of a file is reported, not just the first', () => {
    expect(errorsOf(table('| Code | Message |', row('x', 'a'), row('2', '')))).toHaveLength(2);
  });
});
