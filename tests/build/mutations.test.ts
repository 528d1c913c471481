import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/pipeline/load';
import type { CodeRecord } from '../../src/schemas/record';
import { removeScratch } from '../scratch';
import { FIXTURE, fixtureCopy, lineStarting, problems, type Edit } from './fixture';

// Realistic maintainer edits, each applied alone to a copy of the fixture content and read by the
// build's loader (the build stops exactly when the loader throws). Each either stops with the file,
// the line and the fix, or loads with every record exactly as before (the edited text as written).
// Only what the loader cannot show (a page published, a guide rendered) needs a whole build:
// astro-build.test.ts.

const withoutLine = (records: CodeRecord[]) => records.map(({ line: _line, ...r }) => r);
const before = withoutLine((await loadContent(FIXTURE)).records);
const after = async (edits: Record<string, Edit>) => withoutLine((await loadContent(await fixtureCopy(edits))).records);

/** Replaces text in one line of a fixture file, failing loudly if the text is not there. */
const change = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`the fixture has no "${from}"`);
  return text.replace(from, to);
};

const alphaHeader = await lineStarting('alpha.md', '| Subcode | Code |');
const betaHeader = await lineStarting('beta.md', '| Code | Message |');
const row4007 = await lineStarting('beta.md', '| 4007 |');
const row0 = await lineStarting('alpha.md', '| 0 | 0 |');
const ruTabs = await lineStarting('guides/ru/help.md', '# [JavaScript]');

afterAll(removeScratch);

describe('a typo in a column header stops the build instead of dropping the field', () => {
  test.each([
    ['beta.md', 'Advice', 'Advise', betaHeader],
    ['alpha.md', 'Result category', 'Result categroy', alphaHeader],
    ['alpha.md', 'Result category', 'Result catgory', alphaHeader],
    ['alpha.md', 'Listed in', 'Listed on', alphaHeader],
    ['alpha.md', 'Earlier wording', 'Earlier wordings', alphaHeader],
  ])('%s: %s written "%s"', async (file, column, typo, line) => {
    const header = `| ${column} |`;
    expect(await problems({ [file]: change(header, `| ${typo.trim()} |`) })).toEqual([
      `content/${file}:${line}: \`${typo.trim()}\` is not a known column — did you mean \`${column}\`? Extra columns are declared in the frontmatter's \`columns\``,
    ]);
  });

  test('a column removed from a table and its rows is a decision the frontmatter must state', async () => {
    const dropAdvice = (text: string) =>
      text
        .split('\n')
        .map((l) =>
          l.startsWith('| ') && text.indexOf(l) > text.indexOf('## Beta')
            ? l.replace(/\| [^|]*(?=\| [^|]* \|$)/, '')
            : l,
        )
        .join('\n');
    expect(await problems({ 'beta.md': dropAdvice })).toEqual([
      `content/beta.md:${betaHeader}: the table has no \`Advice\` column, which the frontmatter's \`columns\` declares — add the column, or remove \`Advice\` from \`columns\` if this table has none`,
    ]);
  });

  test('an extra column nobody declared, in place of a declared one', async () => {
    expect(await problems({ 'beta.md': change('| Delivery event |', '| Delivery status |') })).toEqual([
      `content/beta.md:${betaHeader}: \`Delivery status\` is not a known column — Extra columns are declared in the frontmatter's \`columns\``,
      `content/beta.md:${betaHeader}: the table has no \`Delivery event\` column, which the frontmatter's \`columns\` declares — add the column, or remove \`Delivery event\` from \`columns\` if this table has none`,
    ]);
  });
});

describe('a number that is not written as plain digits stops the build', () => {
  const at = `content/beta.md:${row4007}: the code`;
  test.each([
    [
      'a leading zero',
      '04007',
      `${at} "04007" has a leading zero, which a number cannot keep (it would read 4007) — write the number without the zero; if the source prints it, say so in the Note`,
    ],
    [
      'a leading minus',
      '-4007',
      `${at} "-4007" has a sign, and codes are plain digits — write the digits only; if the source prints the sign, say so in the Note`,
    ],
    [
      'a space inside',
      '40 07',
      `${at} "40 07" has a space inside a number — remove the space, or put a comma between two numbers`,
    ],
    [
      'a range',
      '4007-4009',
      `${at} "4007-4009" is a range, not a number — list every number of the range, commas between them`,
    ],
    [
      'a letter O',
      '40O7',
      `${at} "40O7" is not a number (or a comma-separated list of numbers) — write digits only, commas between several`,
    ],
  ])('%s', async (_, written, problem) => {
    expect(await problems({ 'beta.md': change('| 4007 |', `| ${written} |`) })).toEqual([problem]);
  });
});

describe('text reaches the record as written, every other record unchanged', () => {
  test.each([
    ['a message with snake_case_names', 'Opted out of snake_case_names.'],
    ['a message with *67', 'Dial *67 before *68* numbers.'],
    ['an identifier with underscores', '_private_field_ and __init__ and ALL_CAPS_NAME'],
    ['a number sign', '#5 or # alone'],
    ['a message starting -1', '-1 means opted out.'],
    ['a message starting with a dash and a letter', '-Opted out.'],
    ['right-to-left text', 'تم إلغاء الاشتراك'],
    ['a message of 5,000 characters', 'x'.repeat(5000)],
  ])('%s', async (_, written) => {
    const records = await after({ 'beta.md': change('| Opted out. |', `| ${written} |`) });
    const edited = records.findIndex((r) => r.area === 'beta' && r.code === 4007);
    expect(records[edited]!.message).toBe(written);
    expect(records[edited]!.messageHtml).not.toMatch(/<(em|strong|ul|li|h\d)\b/);
    expect(records.filter((_, i) => i !== edited)).toEqual(before.filter((_, i) => i !== edited));
  });

  test('advice written as a list stays a list, the rest as written', async () => {
    const records = await after({ 'beta.md': change('| Stop sending. |', '| - Stop *sending*.<br>- Wait_for_it. |') });
    const edited = records.find((r) => r.area === 'beta' && r.code === 4007)!;
    expect(edited.advice).toBe('- Stop *sending*.\n- Wait_for_it.');
    expect(edited.adviceHtml).toBe('<ul>\n<li>Stop *sending*.</li>\n<li>Wait_for_it.</li>\n</ul>');
  });
});

describe('rows and characters that cannot be read as written stop the build', () => {
  test('a row with a missing cell and no trailing pipe', async () => {
    expect(
      await problems({
        'alpha.md': change('| 0 | 0 | Call ended. | Success | | new | |', '| 0 | 0 | Call ended. | Success | new'),
      }),
    ).toEqual([
      `content/alpha.md:${row0}: the row has 5 cells but the header has 7 (Subcode | Code | Message | Result category | Advice | Listed in | Earlier wording) — write every cell, an empty one as "| |"; write \\| for a pipe inside a cell`,
    ]);
  });

  test('a vertical tab in a message', async () => {
    expect(await problems({ 'beta.md': change('Opted out.', 'Opted\u000bout.') })).toEqual([
      `content/beta.md:${row4007}: the control character U+000B (vertical tab) is invisible on a page — delete it (retype the text around it if it came from a paste)`,
    ]);
  });
});

describe('a guide breaking the rules of areas stops the build at its line', () => {
  const ru = 'content/guides/ru/help.md';
  const en = 'content/guides/en/help.mdx';
  test.each([
    [
      'a script in a Markdown guide',
      { 'guides/ru/help.md': change('Текст для iOS.', '<script>alert(1)</script>') },
      `${ru}:${ruTabs + 8}: raw HTML "<script>alert(1)</script>" is not allowed in a guide — write Markdown instead`,
    ],
    [
      'an HTML comment in a Markdown guide',
      { 'guides/ru/help.md': change('Текст после вкладок.', '<!-- hidden -->') },
      `${ru}:${ruTabs + 12}: raw HTML "<!-- hidden -->" is not allowed in a guide — write Markdown instead`,
    ],
    [
      'a javascript: link in a Markdown guide',
      { 'guides/ru/help.md': change('(https://learn.microsoft.com/)', '(javascript:alert(1))') },
      `${ru}:${ruTabs - 2}: link "javascript:alert(1)" uses javascript: — only http(s) links are allowed, or a site path such as /calling/487/`,
    ],
    [
      'a javascript: link in an MDX guide',
      { 'guides/en/help.mdx': change('(https://learn.microsoft.com/)', '(javascript:alert(1))') },
      `${en}:14: link "javascript:alert(1)" uses javascript: — only http(s) links are allowed, or a site path such as /calling/487/`,
    ],
    [
      'JSX in an MDX guide',
      { 'guides/en/help.mdx': change('Text for iOS.', '<img src="x" onError="alert(1)" />') },
      `${en}:24: <img> is not allowed in a guide (JSX is raw HTML here) — write Markdown; guides use no components`,
    ],
    [
      'an expression in an MDX guide',
      { 'guides/en/help.mdx': change('Text for iOS.', 'Node {process.version}.') },
      `${en}:24: the expression {process.version} would run when the site is built — write the text itself; write \\{ for a brace`,
    ],
    [
      'an export in an MDX guide',
      { 'guides/en/help.mdx': change('## Getting help', 'export const x = 1;\n\n## Getting help') },
      `${en}:12: import and export are not allowed in a guide — write the text itself`,
    ],
    [
      'a tab group left open before the next paragraph and heading',
      { 'guides/ru/help.md': change('---\n\nТекст после вкладок.', 'Текст после вкладок.\n\n## Дальше') },
      `${ru}:${ruTabs + 12}: the tab group that starts at line ${ruTabs} is still open at this heading — end the group with a line "---" after its last tab, with a blank line before it`,
    ],
    [
      'a tab group never closed',
      { 'guides/ru/help.md': change('---\n\nТекст после вкладок.', 'Текст после вкладок.') },
      `${ru}:${ruTabs}: this tab group is never closed — end the group with a line "---" after its last tab, with a blank line before it`,
    ],
    [
      'a lang that does not match the folder',
      { 'guides/ru/help.md': change('lang: ru', 'lang: en') },
      `${ru}:4: lang "en" does not match the folder ru/ the guide is in — write lang: ru, or move the file to guides/en/`,
    ],
  ])('%s', async (_, edits, problem) => {
    expect(await problems(edits as Record<string, Edit>)).toEqual([problem]);
  });
});
