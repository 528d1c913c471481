import { afterAll, describe, expect, test } from 'vitest';
import { removeScratch } from '../scratch';
import { insertAfter, lineStarting, problems } from './fixture';

// Every rule that keeps a content edit from losing, merging or duplicating a row: each is broken
// on purpose in a copy of the fixture content, and the loader must name file, line and fix.

const firstRow = await lineStarting('alpha.md', '| 10003 | 487 |');
const lastRow = await lineStarting('alpha.md', '| | 490, 491 |');

afterAll(removeScratch);

describe('a line that cuts a table stops the build', () => {
  const cutters: [string, string][] = [
    ['a blank line', ''],
    ['an HTML comment', '<!-- TODO -->'],
    ['a quote', '> quoted'],
    ['a heading mark', '#'],
    ['a code fence', '```'],
    ['a thematic break', '---'],
  ];
  test.each(cutters)('%s after a row', async (_, cutter) => {
    const said = await problems({ 'alpha.md': insertAfter(firstRow, cutter) });
    const shown = cutter === '' ? 'a blank line' : `"${cutter}"`;
    expect(said).toContain(
      `content/alpha.md:${firstRow + 2}: lines ${firstRow + 2}–${lastRow + 1} start with "|" but are not part of the table above: it ends at line ${firstRow}, cut by ${shown} at line ${firstRow + 1} — remove line ${firstRow + 1} or move it below the table`,
    );
  });

  test('a row far from any table', async () => {
    expect(await problems({ 'alpha.md': insertAfter(firstRow - 8, '| 1 | stray |') })).toEqual([
      `content/alpha.md:${firstRow - 7}: this line starts with "|" but is not part of a table — a table needs a header row and a "| --- |" delimiter row right below it`,
    ]);
  });
});

describe('content that would vanish without a word stops the build', () => {
  test('a table inside a blockquote', async () => {
    const said = await problems({ 'beta.md': (t) => `${t}\n> | Code | Message |\n> | --- | --- |\n> | 1 | a |\n` });
    expect(
      said.some((p) =>
        /^content\/beta\.md:\d+: a table inside another block is not read — move the table out of the blockquote or list$/.test(
          p,
        ),
      ),
    ).toBe(true);
  });

  test('a table inside a list item', async () => {
    const said = await problems({
      'beta.md': (t) => `${t}\n- item\n\n  | Code | Message |\n  | --- | --- |\n  | 1 | a |\n`,
    });
    expect(said.some((p) => p.includes('a table inside another block is not read'))).toBe(true);
  });

  test('two columns that fill the same field', async () => {
    const header = await lineStarting('alpha.md', '| Code | Message |');
    const said = await problems({
      'alpha.md': (t) =>
        t.replace(
          '| Code | Message |\n| --- | --- |\n| 400 | Bad request |\n| 500 | Internal server error |',
          '| Code | Message | Description |\n| --- | --- | --- |\n| 400 | Bad request | x |\n| 500 | Internal server error | y |',
        ),
    });
    expect(said).toEqual([
      `content/alpha.md:${header}: columns "Message" and "Description" both hold the message — rename or remove one of them`,
    ]);
  });

  test('raw HTML in prose', async () => {
    const said = await problems({
      'alpha.md': (t) => t.replace('What each code means when a call ends.', '<div>hidden</div>'),
    });
    expect(said).toEqual([
      `content/alpha.md:${firstRow - 4}: raw HTML "<div>hidden</div>" would not be shown — write Markdown instead; only <br> is allowed`,
    ]);
  });

  test('an image in an advice cell', async () => {
    const said = await problems({
      'alpha.md': (t) => t.replace('Use a WAV file.', '![wav](https://example.org/wav.png)'),
    });
    const line = await lineStarting('alpha.md', '| 8535 | 400 |');
    expect(said).toEqual([
      `content/alpha.md:${line}: an image would not be shown — link to it instead: [description](https://…)`,
    ]);
  });

  test('a byte that is not UTF-8', async () => {
    const text = (await import('node:fs')).readFileSync('tests/fixtures/content/alpha.md', 'utf8');
    const bytes = Buffer.from(text.replace('Call ended.', 'Call ended at the caf\u0000.'), 'utf8');
    bytes[bytes.indexOf(0)] = 0xe9;
    const line = await lineStarting('alpha.md', '| 0 | 0 |');
    expect(await problems({ 'alpha.md': bytes })).toEqual([
      `content/alpha.md:${line}: byte 0xE9 is not UTF-8 — save the file as UTF-8 (the character was probably typed in Latin-1)`,
    ]);
  });

  test('a number too large to keep exactly', async () => {
    const line = await lineStarting('alpha.md', '| 400 | Bad request |');
    expect(
      await problems({
        'alpha.md': (t) => t.replace('| 400 | Bad request |', '| 99999999999999999999 | Bad request |'),
      }),
    ).toEqual([
      `content/alpha.md:${line}: the code 99999999999999999999 is larger than 9007199254740991, the largest number the site keeps exactly — write digits only, commas between several`,
    ]);
  });
});

describe('links that would break stop the build', () => {
  test('an address the URL parser rejects', async () => {
    const line = await lineStarting('alpha.md', '| 8535 | 400 |');
    expect(await problems({ 'alpha.md': (t) => t.replace('Use a WAV file.', '[x](https://%zz)') })).toEqual([
      `content/alpha.md:${line}: link "https://%zz" is not a valid address — check it for typos and percent signs`,
    ]);
  });

  test('a relative link in prose', async () => {
    expect(
      await problems({
        'alpha.md': (t) => t.replace('[link](https://learn.microsoft.com/)', '[link](../concepts/a.md)'),
      }),
    ).toEqual([
      `content/alpha.md:${await lineStarting('alpha.md', 'Prose before')}: link "../concepts/a.md" is relative — write the full https:// address it points to`,
    ]);
  });

  test('a javascript: link in prose', async () => {
    expect(
      await problems({
        'alpha.md': (t) => t.replace('[link](https://learn.microsoft.com/)', '[link](javascript:alert(1))'),
      }),
    ).toEqual([
      `content/alpha.md:${await lineStarting('alpha.md', 'Prose before')}: link "javascript:alert(1)" uses javascript: — only http(s) links are allowed`,
    ]);
  });

  test('a javascript: link in the frontmatter', async () => {
    expect(
      await problems({ 'alpha.md': (t) => t.replace('on a call after it ends.', 'on a [call](javascript:alert(1)).') }),
    ).toEqual([
      'content/alpha.md:1: frontmatter "appearsIn.0.description": link "javascript:alert(1)" uses javascript: — only http(s) links are allowed',
    ]);
  });
});

describe('files that would not become areas stop the build', () => {
  const cases: [string, string, string][] = [
    ['an MDX area file', 'alpha.mdx', 'content/alpha.mdx:1: area files are Markdown, not MDX — rename it to alpha.md'],
    [
      'an upper-case extension',
      'alpha.MD',
      'content/alpha.MD:1: the file name is not a lowercase slug, so it cannot become a URL — rename it to alpha.md',
    ],
    [
      'a name with a space',
      'Rooms API.md',
      'content/Rooms API.md:1: the file name is not a lowercase slug, so it cannot become a URL — rename it to rooms-api.md',
    ],
    [
      'a text file',
      'notes.txt',
      'content/notes.txt:1: unknown file type ".txt" — content/ holds only .md area files, guides/ and shared/',
    ],
  ];
  test.each(cases)('%s', async (_, name, message) => {
    expect(await problems({ 'beta.md': { renameTo: name } })).toEqual([message]);
  });
});

describe('the catalogue as a whole stays consistent', () => {
  test('a row whose URL another row already has', async () => {
    const said = await problems({
      'alpha.md': (t) =>
        `${t}\n## More\n\n| Subcode | Code | Message | Result category | Advice | Listed in | Earlier wording |\n| --- | --- | --- | --- | --- | --- | --- |\n| 10003 | 487 | Call was canceled elsewhere. | | | | |\n`,
    });
    const kept = firstRow;
    expect(said).toEqual([
      `content/alpha.md:${(await lineStarting('alpha.md', '| 500 |')) + 6}: URL /alpha/487/10003/call-was-canceled-elsewhere/ would be shared by this row (table "More") and line ${kept} of content/alpha.md (table "Call end codes"), which keeps it — merge the rows, or give this row's table a route: tables.more.route in the frontmatter`,
    ]);
  });

  test('a report that matches no record', async () => {
    expect(
      await problems({ 'shared/reports.md': (t) => t.replace('| alpha | 487 | 10003 |', '| alpha | 487 | 99999 |') }),
    ).toEqual([
      'content/shared/reports.md:5: the report for alpha 487/99999 matches no record — check the area slug and the numbers',
    ]);
  });

  test('a row with nothing to say what to do', async () => {
    // The class guidance goes, so the rows move up by as many lines as it takes.
    const removed = (await lineStarting('alpha.md', 'columns:')) - (await lineStarting('alpha.md', 'classes:'));
    const line = (await lineStarting('alpha.md', '| 400 | Bad request |')) - removed;
    expect(await problems({ 'alpha.md': (t) => t.replace(/classes:\n( {2}.*\n)+/, '') })).toEqual([
      `content/alpha.md:${line}: this row has no advice, and nothing general says what to do about it — add "classes" guidance for its code class to the frontmatter of content/alpha.md, or a result category`,
      `content/alpha.md:${line + 1}: this row has no advice, and nothing general says what to do about it — add "classes" guidance for its code class to the frontmatter of content/alpha.md, or a result category`,
    ]);
  });

  test('table settings for a table that does not exist', async () => {
    expect(
      await problems({ 'alpha.md': (t) => t.replace('tables:\n', 'tables:\n  status:\n    route: state\n') }),
    ).toEqual([
      'content/alpha.md:1: frontmatter "tables.status" names no table — the tables here are: call-end-codes, status-codes',
    ]);
  });
});
