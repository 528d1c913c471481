import { expect, test } from 'vitest';
import { BASE, distFiles, pageOf, readDist, records } from './helpers';

// Code pages load their own stylesheet (code-page.css, built from the templates a code page uses);
// every other page loads the whole site's. A class a code page uses but its stylesheet lacks would
// leave that page unstyled where the rest of the site is fine.

const stylesheets = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!.slice(BASE.length));

/** The selector of a class as it is written in CSS (CSS.escape, for the characters Tailwind's names use). */
const selectorOf = (name: string) =>
  '.' + name.replace(/^\d/, (d) => `\\3${d} `).replace(/[^A-Za-z0-9_\-\u00A0-\uFFFF]/g, (c) => `\\${c}`);

/** Whether a stylesheet has a rule for the class (its selector, not followed by more of a longer name). */
const styles = (css: string, name: string) => {
  const selector = selectorOf(name);
  for (let at = css.indexOf(selector); at >= 0; at = css.indexOf(selector, at + 1))
    if (!/[A-Za-z0-9_\-\\]/.test(css[at + selector.length] ?? '')) return true;
  return false;
};

const pages = (await distFiles('.html')).filter((file) => !file.startsWith('og/'));
const linked = new Map(
  await Promise.all(pages.map(async (file) => [file, stylesheets(await readDist(file))] as const)),
);
const codePages = await Promise.all(records.map((r) => pageOf(r.url)));
const codeSheet = stylesheets(codePages[0]!)[0]!;
const siteSheet = stylesheets(await pageOf('/codes/'))[0]!;

test('every page with the site’s chrome links exactly one stylesheet', () => {
  const withChrome = [...linked].filter(([, sheets]) => sheets.length > 0);
  // Redirect pages have no chrome and no stylesheet: everything else has.
  expect(withChrome.length).toBeGreaterThan(records.length);
  expect(withChrome.filter(([, sheets]) => sheets.length !== 1)).toEqual([]);
});

test('code pages load their own stylesheet, smaller than the one of the other pages', async () => {
  expect(codePages.filter((html) => stylesheets(html)[0] !== codeSheet)).toEqual([]);
  expect(codeSheet).not.toBe(siteSheet);
  expect((await readDist(codeSheet)).length).toBeLessThan((await readDist(siteSheet)).length);
});

test('every class on a code page that the site styles has its rule in the code pages’ stylesheet', async () => {
  const [codeCss, siteCss] = await Promise.all([readDist(codeSheet), readDist(siteSheet)]);
  const classes = new Set(
    codePages.flatMap((html) =>
      [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.replace(/&amp;/g, '&').split(/\s+/)),
    ),
  );
  classes.delete('');
  const styledElsewhere = [...classes].filter((name) => styles(siteCss, name));
  expect(styledElsewhere.length).toBeGreaterThan(20);
  expect(styledElsewhere.filter((name) => !styles(codeCss, name))).toEqual([]);
});

test('no code page holds a code block, whose styles (code-blocks.css) only the other pages load', () => {
  // If content brings one in, code-page.css must import code-blocks.css.
  const withBlocks = records.filter((_, i) => /<pre[\s>]/.test(codePages[i]!)).map((r) => r.url);
  expect(withBlocks).toEqual([]);
});
