import { describe, expect, test } from 'vitest';
import { editDistance, nearestColumn } from '../../../src/pipeline/columns';
import { BODY_OFFSET, FIRST_ROW, errorsOf, recordsOf, row } from '../helpers';

// Columns are declared in the frontmatter, never guessed: a header the site does not know, or
// one the frontmatter does not declare, stops the build; a typo can never drop a field.

// The header's line when the test adds one line of frontmatter.
const HEADER_LINE = FIRST_ROW - 1;
const at = (line: number) => `content/test.md:${line}`;
const area = (columns: string, header: string, ...rows: string[]) =>
  [
    `## Codes\n\n${header}\n${header.replace(/[^|]+/g, ' --- ')}\n${rows.join('\n')}\n`,
    { frontmatter: `columns: ${columns}\n` },
  ] as const;
// The frontmatter line the given `columns` sit on: the one after the fixed frontmatter.
const COLUMNS_LINE = BODY_OFFSET;

describe('a header the frontmatter declares', () => {
  test('is read in any order, in any known spelling', () => {
    const [record] = recordsOf(
      ...area('[Code, Message, Advice]', '| Action to take | Error code | Description |', row('Retry.', '403', 'No.')),
    );
    expect(record).toMatchObject({ code: 403, message: 'No.', advice: 'Retry.' });
  });

  test('keeps a declared extra column under its header', () => {
    const [record] = recordsOf(
      ...area('[Code, Message, Callback Event]', '| Code | Message | Callback event |', row('1', 'a', 'PlayFailed')),
    );
    expect(record!.extra).toEqual([{ label: 'Callback event', text: 'PlayFailed', html: '<p>PlayFailed</p>' }]);
  });

  test('a table may declare its own columns', () => {
    const frontmatter = 'columns: [Code, Message, Advice]\ntables:\n  short:\n    columns: [Code, Message]\n';
    const body =
      '## Codes\n\n| Code | Message | Advice |\n| --- | --- | --- |\n| 1 | a | b |\n\n' +
      '## Short\n\n| Code | Message |\n| --- | --- |\n| 2 | c |\n';
    expect(recordsOf(body, { frontmatter }).map((r) => [r.code, r.advice])).toEqual([
      [1, 'b'],
      [2, ''],
    ]);
  });
});

describe('a header that stops the build', () => {
  test.each([
    ['Advise', 'Advice'],
    ['Result categroy', 'Result category'],
    ['Listed on', 'Listed in'],
    ['Mitigaton', 'Mitigation'],
    ['Earlier wordings', 'Earlier wording'],
  ])('a typo "%s" names the column it meant, "%s"', (typo, meant) => {
    const said = errorsOf(...area(`[Code, Message, ${meant}]`, `| Code | Message | ${typo} |`, row('1', 'a', 'b')));
    expect(said).toEqual([
      `${at(HEADER_LINE)}: \`${typo}\` is not a known column — did you mean \`${meant}\`? Extra columns are declared in the frontmatter's \`columns\``,
    ]);
  });

  test('a typo of a declared extra column names it', () => {
    expect(
      errorsOf(...area('[Code, Message, Callback Event]', '| Code | Message | Callback Evnt |', row('1', 'a', 'b'))),
    ).toEqual([
      `${at(HEADER_LINE)}: \`Callback Evnt\` is not a known column — did you mean \`Callback Event\`? Extra columns are declared in the frontmatter's \`columns\``,
    ]);
  });

  test('an undeclared extra column says where to declare it', () => {
    expect(errorsOf(...area('[Code, Message]', '| Code | Message | Platform |', row('1', 'a', 'b')))).toEqual([
      `${at(HEADER_LINE)}: \`Platform\` is not a known column — Extra columns are declared in the frontmatter's \`columns\``,
    ]);
  });

  test('a known column the frontmatter does not declare', () => {
    expect(errorsOf(...area('[Code, Message]', '| Code | Message | Note |', row('1', 'a', 'b')))).toEqual([
      `${at(HEADER_LINE)}: the column \`Note\` is not declared in the frontmatter's \`columns\` — add \`Note\` to \`columns\`, or remove the column`,
    ]);
  });

  test('a declared column the table lacks', () => {
    expect(errorsOf(...area('[Code, Message, Result category]', '| Code | Message |', row('1', 'a')))).toEqual([
      `${at(HEADER_LINE)}: the table has no \`Result category\` column, which the frontmatter's \`columns\` declares — add the column, or remove \`Result category\` from \`columns\` if this table has none`,
    ]);
  });

  test('a table whose columns nothing declares', () => {
    const said = errorsOf('## Codes\n\n| Code | Message |\n| --- | --- |\n| 1 | a |\n', {
      frontmatter: '# no columns\n',
    });
    expect(said).toEqual([
      `${at(HEADER_LINE)}: the frontmatter does not declare this table's columns — add \`columns: [Code, Message]\` to the frontmatter (or \`tables.codes.columns\` for this table alone)`,
    ]);
  });

  test('an extra column twice', () => {
    expect(
      errorsOf(
        ...area('[Code, Message, Platform]', '| Code | Message | Platform | Platform |', row('1', 'a', 'b', 'c')),
      ),
    ).toEqual([`${at(HEADER_LINE)}: the column \`Platform\` appears twice — rename or remove one of them`]);
  });
});

describe('a declaration that stops the build', () => {
  test('an extra column one typo from a known one, at its line', () => {
    expect(errorsOf(...area('[Code, Message, Advise]', '| Code | Message | Advise |', row('1', 'a', 'b')))).toEqual([
      `${at(COLUMNS_LINE)}: frontmatter "columns": \`Advise\` is not a known column, but one typo away from \`Advice\` — write \`Advice\`, or give the extra column a name that cannot be mistaken for it`,
    ]);
  });

  test('a column declared twice', () => {
    expect(errorsOf(...area('[Code, Message, Description]', '| Code | Message |', row('1', 'a')))).toEqual([
      `${at(COLUMNS_LINE)}: frontmatter "columns": \`Description\` is declared twice (as \`Message\` too) — declare each column once: \`Code\`, \`Message\`, \`Description\``,
    ]);
  });
});

describe('nearest column', () => {
  test('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('categroy', 'category')).toBe(1);
  });

  test('suggests nothing for a name far from every known one', () => {
    expect(nearestColumn('Callback Event')).toBeNull();
    expect(nearestColumn('Class')).toBeNull();
  });
});
