import { describe, expect, test } from 'vitest';
import { BASE, pageOf, records } from './helpers';

// Number pages, read as built: one per number any record carries as its code or subcode.

const carriers = new Map<number, typeof records>();
for (const r of records)
  for (const n of new Set([r.code, r.subcode])) if (n !== null) carriers.set(n, [...(carriers.get(n) ?? []), r]);
const pages = new Map(await Promise.all([...carriers.keys()].map(async (n) => [n, await pageOf(`/${n}/`)] as const)));
const refreshTarget = (html: string) => /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1] ?? null;
const single = [...carriers].filter(([, list]) => list.length === 1);
const shared = [...carriers].filter(([, list]) => list.length > 1);

describe('number pages', () => {
  test('a number one record carries redirects to that record', () => {
    expect(single.length).toBeGreaterThan(0);
    const wrong = single.filter(([n, [r]]) => refreshTarget(pages.get(n)!) !== `${BASE}${r!.url.slice(1)}`);
    expect(wrong.map(([n]) => n)).toEqual([]);
  });

  test('a number several records carry lists every one of them', () => {
    expect(shared.length).toBeGreaterThan(0);
    const missing = shared.flatMap(([n, list]) =>
      list.filter((r) => !pages.get(n)!.includes(`href="${BASE}${r.url.slice(1)}"`)).map((r) => `${n}: ${r.url}`),
    );
    expect(missing).toEqual([]);
  });

  test('a number several records carry is a page, not a redirect', () => {
    expect(shared.filter(([n]) => refreshTarget(pages.get(n)!) !== null).map(([n]) => n)).toEqual([]);
  });
});
