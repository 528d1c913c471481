import { describe, expect, test } from 'vitest';
import { distFiles, readDist, records, textOf } from './helpers';
import { gunzipSync } from 'node:zlib';
import { oneLine } from '../../src/records/text';

// Wherever a message is shortened or reused, it reads as clean text: no list dash in front, and a
// cut only at a word, marked with an ellipsis.

const pages = await distFiles('.html');
const html = new Map(await Promise.all(pages.map(async (p) => [p, await readDist(p)] as const)));
const attribute = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => textOf(m[1]!));
const titles = [...html].flatMap(([page, text]) =>
  [
    ...attribute(text, /<title>([^<]*)<\/title>/g),
    ...attribute(text, /<meta property="og:title" content="([^"]*)"/g),
  ].map((title) => ({ page, title })),
);
const messages = records.map((r) => oneLine(r.message).replace(/\s+/g, ' '));

/** A text that ends with "…" must stop where a word of one of the messages ends. */
const cutAtWord = (shown: string) => {
  const head = shown.replace(/….*$/, '').replace(/^.*?: /, '');
  return messages.some((m) => m.startsWith(head) && (m.length === head.length || /[\s,;:.!?)]/.test(m[head.length]!)));
};

describe('titles and link previews', () => {
  test('never start with a list dash', () => {
    expect(titles.filter(({ title }) => /^-\s|:\s+-\s/.test(title))).toEqual([]);
  });

  test('cut a message only at a word, with an ellipsis', () => {
    const cut = titles.filter(({ title }) => title.includes('…'));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.filter(({ title }) => !cutAtWord(title.replace(/ · ACS error codes$/, '')))).toEqual([]);
  });
});

describe('Copy as Markdown', () => {
  test('never puts a list dash right after the numbers', () => {
    const copies = [...html].flatMap(([page, text]) =>
      attribute(text, /data-markdown="([^"]*)"/g).map((md) => ({ page, md })),
    );
    expect(copies.length).toBe(records.length);
    expect(copies.filter(({ md }) => /\*\*: -/.test(md))).toEqual([]);
  });
});

describe('search excerpts', () => {
  test('start with the message, never with page furniture or a list dash', async () => {
    const fragments = await distFiles('.pf_fragment');
    const contents = await Promise.all(
      fragments.map(
        async (f) =>
          JSON.parse(
            gunzipSync(
              await import('node:fs/promises').then((fs) => fs.readFile(`${process.env.DIST_DIR ?? 'dist'}/${f}`)),
            )
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string; content: string },
      ),
    );
    const codes = contents.filter((c) => !/troubleshooting/.test(c.url));
    expect(codes.length).toBe(records.length);
    expect(codes.filter((c) => /^(-\s|Result category|Advice|What)/.test(c.content))).toEqual([]);
  });
});
