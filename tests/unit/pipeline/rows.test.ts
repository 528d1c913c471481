import { describe, expect, test } from 'vitest';
import { FIRST_ROW, errorsOf, recordsOf, row, table } from '../helpers';

const HEADER = '| Subcode | Code | Message | Result category | Advice |';
const at = (offset: number) => `content/test.md:${FIRST_ROW + offset}`;
const WRITE_EVERY_CELL = 'write every cell, an empty one as "| |"; write \\| for a pipe inside a cell';

describe('a table row becomes records', () => {
  test('a well-formed row becomes one record with every column', () => {
    const [record] = recordsOf(table(HEADER, row('10003', '487', 'Call was canceled.', 'Success', 'Nothing to do.')));
    expect(record).toMatchObject({
      code: 487,
      subcode: 10003,
      message: 'Call was canceled.',
      resultCategory: 'Success',
      advice: 'Nothing to do.',
      table: 'Codes',
      tableSlug: 'codes',
      line: FIRST_ROW,
    });
  });

  test('a cell listing several codes becomes one record per code', () => {
    expect(recordsOf(table('| Code | Message |', row('490, 491, 496', 'Network issues.'))).map((r) => r.code)).toEqual([
      490, 491, 496,
    ]);
  });

  test('<br>, <br/> and <br /> in a cell become line breaks', () => {
    const [record] = recordsOf(table('| Code | Message |', row('1', 'one<br>two<br/>three<br />four')));
    expect(record!.message).toBe('one\ntwo\nthree\nfour');
    expect(record!.messageHtml).toBe('<p>one</p>\n<p>two</p>\n<p>three</p>\n<p>four</p>');
  });

  test('lines starting with "- " inside a cell are a list in the HTML and in the text', () => {
    const [record] = recordsOf(table('| Code | Message |', row('1', '- first<br>Causes:<br>- a<br>- b')));
    expect(record!.messageHtml).toBe(
      '<ul>\n<li>first</li>\n</ul>\n<p>Causes:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
    );
    expect(record!.message).toBe('- first\nCauses:\n- a\n- b');
  });

  test('an escaped pipe stays inside its cell', () => {
    expect(recordsOf(table('| Code | Message |', row('1', 'left \\| right')))[0]!.message).toBe('left | right');
  });

  test('empty cells mean no subcode, no category and no advice', () => {
    expect(recordsOf(table(HEADER, row('', '404', 'Call not found.', '', '')))[0]).toMatchObject({
      code: 404,
      subcode: null,
      resultCategory: null,
      advice: '',
      adviceHtml: '',
    });
  });

  test('a published misspelling of a category is normalised and kept', () => {
    expect(recordsOf(table(HEADER, row('3100', '410', 'Setup failed.', 'UnxpectedClientError', '')))[0]).toMatchObject({
      resultCategory: 'UnexpectedClientError',
      resultCategoryAsPublished: 'UnxpectedClientError',
    });
  });

  test('links in any cell are collected', () => {
    const [record] = recordsOf(
      table(HEADER, row('1', '2', 'See [docs](https://learn.microsoft.com/a).', '', '<https://example.org/b>')),
    );
    expect(record!.links).toEqual([
      { text: 'docs', href: 'https://learn.microsoft.com/a' },
      { text: 'https://example.org/b', href: 'https://example.org/b' },
    ]);
  });

  test('a column the frontmatter declares as extra is kept as an extra field', () => {
    expect(recordsOf(table('| Code | Message | Platform |', row('1', 'x', 'Web only')))[0]!.extra).toEqual([
      { label: 'Platform', text: 'Web only', html: '<p>Web only</p>' },
    ]);
  });

  test('header names from the Microsoft Learn tables map to fields', () => {
    expect(
      recordsOf(
        table('| Error code | Description | Action to take |', row('403', 'Forbidden.', 'Check the token.')),
      )[0],
    ).toMatchObject({ code: 403, message: 'Forbidden.', advice: 'Check the token.' });
  });

  test('"Listed in" names the source versions, "Earlier wording" the old messages', () => {
    const [record] = recordsOf(
      table('| Code | Message | Listed in | Earlier wording |', row('1', 'New.', 's1', 's1: Old.')),
    );
    expect(record).toMatchObject({ listedIn: ['s1'], history: [{ source: 's1', message: 'Old.' }] });
  });
});

describe('a row that cannot be read stops the build at its line', () => {
  test('a non-numeric code', () => {
    expect(errorsOf(table(HEADER, row('1', '48x', 'Bad.', '', '')))).toEqual([
      `${at(0)}: the code "48x" is not a number (or a comma-separated list of numbers) — write digits only, commas between several`,
    ]);
  });

  test('a code larger than the largest safe integer, named as written', () => {
    expect(errorsOf(table('| Code | Message |', row('99999999999999999999', 'Huge.')))).toEqual([
      `${at(0)}: the code 99999999999999999999 is larger than 9007199254740991, the largest number the site keeps exactly — write digits only, commas between several`,
    ]);
  });

  test('a row with too many cells', () => {
    expect(errorsOf(table('| Code | Message |', row('1', 'a', 'b')))).toEqual([
      `${at(0)}: the row has 3 cells but the header has 2 (Code | Message) — ${WRITE_EVERY_CELL}`,
    ]);
  });

  test('an unknown result category', () => {
    expect(errorsOf(table(HEADER, row('1', '2', 'msg', 'Failure', '')))).toEqual([
      `${at(0)}: unknown result category "Failure" — use one of Success, ExpectedError, UnexpectedClientError, UnexpectedServerError`,
    ]);
  });

  test('the same numbers and message twice with different text', () => {
    expect(errorsOf(table(HEADER, row('1', '2', 'msg', 'Success', 'a'), row('1', '2', 'msg', 'Success', 'b')))).toEqual(
      [
        `${at(1)}: 2/1 "msg" appears again with different text (first at line ${FIRST_ROW}) — keep one row and put the other wording in its Note`,
      ],
    );
  });

  test('an empty message', () => {
    expect(errorsOf(table('| Code | Message |', row('1', ' ')))).toEqual([
      `${at(0)}: the message cell is empty — copy the message from the source`,
    ]);
  });

  test('a row with neither code nor subcode', () => {
    expect(errorsOf(table(HEADER, row('', '', 'msg', '', '')))).toEqual([
      `${at(0)}: the row has neither a code nor a subcode — fill in the Code or Subcode cell`,
    ]);
  });

  test('"Listed in" naming a source the frontmatter does not define', () => {
    expect(errorsOf(table('| Code | Message | Listed in |', row('1', 'a', 's9')))).toEqual([
      `${at(0)}: "Listed in" names s9, which the frontmatter's sources do not define — use the ids s1`,
    ]);
  });

  test('every problem of a file is reported, not just the first', () => {
    expect(errorsOf(table('| Code | Message |', row('x', 'a'), row('2', '')))).toHaveLength(2);
  });
});

describe('short rows', () => {
  test('a row with a closing pipe and too few cells has lost a cell', () => {
    expect(errorsOf(table('| Code | Message | Advice |', row('1', 'a')))).toEqual([
      `${at(0)}: the row has 2 cells but the header has 3 (Code | Message | Advice) — ${WRITE_EVERY_CELL}`,
    ]);
  });

  test('a row without outer pipes and too few cells stops too: which cell it lost cannot be told', () => {
    expect(errorsOf(table('| Code | Message | Note | Listed in |', '1 | a | s1'))).toEqual([
      `${at(0)}: the row has 3 cells but the header has 4 (Code | Message | Note | Listed in) — ${WRITE_EVERY_CELL}`,
    ]);
  });

  test('a row without outer pipes and every cell is read', () => {
    expect(recordsOf(table('| Code | Message | Advice |', '1 | a | b'))[0]).toMatchObject({
      code: 1,
      message: 'a',
      advice: 'b',
    });
  });
});
