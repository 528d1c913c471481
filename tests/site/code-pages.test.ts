import { describe, expect, test } from 'vitest';
import { pageOf, records, textOf } from './helpers';

// Every record's page, read as built: the numbers, the message and what to do are there.

const pages = new Map(await Promise.all(records.map(async (r) => [r.url, await pageOf(r.url)] as const)));

describe('every code page', () => {
  test('exists for every record of /codes.json and shows its numbers in the heading', () => {
    const wrong = records.filter((r) => {
      const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(pages.get(r.url) ?? '')?.[1] ?? '');
      return [r.code, r.subcode].some((n) => n !== null && !new RegExp(`\\b${n}\\b`).test(h1));
    });
    expect(wrong.map((r) => r.url)).toEqual([]);
  });

  test('says what to do, never in an empty box', () => {
    const empty = records.filter((r) => {
      const section = /<section[^>]*data-what-to-do[^>]*>([\s\S]*?)<\/section>/.exec(pages.get(r.url)!)?.[1] ?? '';
      const pieces = [
        ...section.matchAll(
          /data-scope="([a-z]+)"[\s\S]*?data-label[^>]*>([^<]*)<\/p>\s*<div class="md[^"]*">([\s\S]*?)<\/div>/g,
        ),
      ];
      return pieces.length === 0 || pieces.some(([, , label, body]) => !label!.trim() || !textOf(body!));
    });
    expect(empty.map((r) => r.url)).toEqual([]);
  });

  test('labels every piece of general guidance as general', () => {
    const unlabelled = records.flatMap((r) =>
      [...pages.get(r.url)!.matchAll(/data-scope="(table|category|class)"[\s\S]*?data-label[^>]*>([^<]*)</g)]
        .filter(([, , label]) => !/General guidance|about the whole table/.test(label!))
        .map(() => r.url),
    );
    expect(unlabelled).toEqual([]);
  });

  test('labels an observed code as observed, with its evidence', () => {
    const observed = records.filter((r) => r.status === 'observed');
    expect(observed.length).toBeGreaterThan(0);
    for (const r of observed) {
      expect(pages.get(r.url), r.url).toContain('Observed, not documented');
      expect(pages.get(r.url), r.url).toContain('Where it was seen');
    }
  });
});
