import { describe, expect, test } from 'vitest';
import { formatError } from '../../../src/pipeline/errors';
import { checkGuide } from '../../../src/pipeline/guides';

// A guide is checked before anything renders it. The fixture suite (tests/build/mutations) covers
// the edits of issue 25; these cover the rules' edges.

const FRONTMATTER = `---
title: T
description: D
lang: en
translationKey: t
sources:
  - title: S
    url: https://learn.microsoft.com/
    date: null
---
`;
const BODY = FRONTMATTER.split('\n').length;
const check = (body: string, file = 'content/guides/en/t.mdx', components: string[] = []) =>
  checkGuide(Buffer.from(`${FRONTMATTER}${body}`), file, 'en', components).map(formatError);

describe('an MDX guide', () => {
  test('may use a component of the allow-list, with quoted attributes', () => {
    expect(check('\n<Note kind="tip">Text.</Note>\n', undefined, ['Note'])).toEqual([]);
  });

  test('may not give such a component an expression', () => {
    expect(check('\n<Note kind={1}>Text.</Note>\n', undefined, ['Note'])).toEqual([
      `content/guides/en/t.mdx:${BODY + 1}: an attribute of <Note> is an expression — give each attribute a quoted text value`,
    ]);
  });

  test('that does not parse names its line', () => {
    expect(check('\nText <b.\n')[0]).toMatch(
      new RegExp(`^content/guides/en/t\\.mdx:${BODY + 1}: the MDX cannot be read: `),
    );
  });
});

describe('a tab group', () => {
  const tabs = '\n## Part\n\n# [A](#tab/a)\n\nText A.\n\n# [B](#tab/b)\n\nText B.\n';

  test('closed by --- after a blank line is fine, and a deeper heading may sit inside a tab', () => {
    expect(
      check(`${tabs.replace('Text B.', 'Text B.\n\n### Detail\n\nMore.')}\n---\n\n## Next\n`, 'content/guides/en/t.md'),
    ).toEqual([]);
  });

  test('closed by --- right under a line makes that line a heading, and the group is still open', () => {
    expect(check(`${tabs}---\n`, 'content/guides/en/t.md')).toEqual([
      `content/guides/en/t.md:${BODY + 9}: the tab group that starts at line ${BODY + 3} is still open at this heading — end the group with a line "---" after its last tab, with a blank line before it`,
    ]);
  });
});

describe('a guide file', () => {
  test('with a control character stops at its line', () => {
    expect(check('\nText\u000b.\n', 'content/guides/en/t.md')).toEqual([
      `content/guides/en/t.md:${BODY + 1}: the control character U+000B (vertical tab) is invisible on a page — delete it (retype the text around it if it came from a paste)`,
    ]);
  });

  test('links to anchors and site paths without complaint', () => {
    expect(
      check('\n[a](#part) [b](/calling/487/) [c](https://learn.microsoft.com/)\n', 'content/guides/en/t.md'),
    ).toEqual([]);
  });
});
