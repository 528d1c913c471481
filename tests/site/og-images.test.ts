import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BASE, DIST, pageOf, records } from './helpers';

const PNG_SIGNATURE = '89504e470d0a1a0a';

test('every record page names a PNG preview card of its own that the build wrote', async () => {
  const wrong: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(await pageOf(r.url))?.[1];
    const file = image && path.join(DIST, new URL(image).pathname.slice(BASE.length));
    if (!image || !new URL(image).pathname.startsWith(BASE) || !existsSync(file!)) wrong.push(`${r.url}: ${image}`);
    else if (readFileSync(file!).subarray(0, 8).toString('hex') !== PNG_SIGNATURE) wrong.push(`${r.url}: not a PNG`);
    else if (seen.has(image)) wrong.push(`${r.url}: shares ${image}`);
    else seen.add(image);
  }
  expect(wrong).toEqual([]);
});

test('every page says its locale, and pages that are no record have no preview card', async () => {
  const home = await pageOf('/');
  expect(home).toContain('<meta property="og:locale" content="en_US">');
  expect(home).not.toContain('og:image');
  expect(await pageOf('/ru/troubleshooting/')).toContain('<meta property="og:locale" content="ru_RU">');
});

test('every page links the Atom feed in its head', async () => {
  const head = (await pageOf('/')).split('</head>')[0]!;
  expect(head).toContain(
    `<link rel="alternate" type="application/atom+xml" title="Changes feed (Atom)" href="${BASE}changes.xml">`,
  );
});
