import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { repositoryUrl } from '../../src/site/page-data/issue';
import { distFiles, pageOf, readDist, records, textOf } from './helpers';

// Every record's page, read as built: the numbers, the message and what to do are there, in the
// order a reader on a phone needs them.

const pages = new Map(await Promise.all(records.map(async (r) => [r.url, await pageOf(r.url)] as const)));
const answerOf = (html: string) => /<section[^>]*data-what-to-do[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
/** Each piece of text with its label: `data-reach`, the label, the text. */
const piecesOf = (html: string) =>
  [
    ...html.matchAll(/data-said data-reach="([a-z]+)"[^>]*>\s*<p[^>]*data-label>([^<]*)<\/p>\s*<div class="md[^"]*">/g),
  ].map(([match, reach, label]) => ({ reach: reach!, label: label!, at: html.indexOf(match) }));

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
      const answer = answerOf(pages.get(r.url)!);
      const bodies = [...answer.matchAll(/data-label>([^<]*)<\/p>\s*<div class="md[^"]*">([\s\S]*?)<\/div>/g)];
      return bodies.length === 0 || bodies.some(([, label, body]) => !label!.trim() || !textOf(body!));
    });
    expect(empty.map((r) => r.url)).toEqual([]);
  });

  test('puts only the message, the note and how sure it is between the numbers and what to do', () => {
    const crowded = records.filter((r) => {
      const html = pages.get(r.url)!;
      const between = html.slice(html.indexOf('</h1>'), html.indexOf('data-what-to-do'));
      return /<h2|data-said/.test(between) || !/data-certainty=/.test(between);
    });
    expect(crowded.map((r) => r.url)).toEqual([]);
  });

  test('says how sure it is: documented by Microsoft, observed, or defined by a standard', () => {
    const expected = (r: (typeof records)[number]) =>
      r.status === 'observed' ? 'observed' : r.codeSpace === 'acs' ? 'documented' : 'standard';
    const wrong = records.filter((r) => !pages.get(r.url)!.includes(`data-certainty="${expected(r)}"`));
    expect(wrong.map((r) => r.url)).toEqual([]);
  });

  test('labels every piece with how far it reaches and whose words it is', () => {
    const unlabelled = records.flatMap((r) =>
      piecesOf(pages.get(r.url)!)
        .filter(({ reach, label }) => {
          const general = /^(General|About the whole)/.test(label);
          const whose = /(from |in this site’s words)/.test(label);
          return !whose || general !== ['table', 'category', 'class'].includes(reach);
        })
        .map(({ label }) => `${r.url}: ${label}`),
    );
    expect(unlabelled).toEqual([]);
  });

  test('never calls this site’s words Microsoft’s: Microsoft’s advice only where the source gives advice', () => {
    const wrong = records.filter((r) => {
      const fromMicrosoft = piecesOf(answerOf(pages.get(r.url)!)).some(
        (p) => p.reach === 'code' && /from Microsoft/.test(p.label),
      );
      return fromMicrosoft !== (r.advice !== '' && r.status === 'documented' && r.codeSpace === 'acs');
    });
    expect(wrong.map((r) => r.url)).toEqual([]);
  });

  test('labels an observed code as observed, with its evidence', () => {
    const observed = records.filter((r) => r.status === 'observed');
    expect(observed.length).toBeGreaterThan(0);
    for (const r of observed) {
      expect(pages.get(r.url), r.url).toContain('Observed, not documented');
      expect(pages.get(r.url), r.url).toContain('Where it was seen');
    }
  });

  test('links “Report a mistake” to the configured repository, or shows no such link', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { repository?: string };
    const repository = repositoryUrl(process.env, manifest.repository);
    const wrong = records.filter((r) => {
      const link = /<a href="([^"]+)"[^>]*data-report-mistake/.exec(pages.get(r.url)!)?.[1]?.replace(/&amp;/g, '&');
      if (!repository) return link !== undefined;
      return !link?.startsWith(`${repository}/issues/new?`) || !new URL(link).searchParams.get('body')?.includes(r.url);
    });
    expect(wrong.map((r) => r.url)).toEqual([]);
  });
});

test('no page carries Pagefind markup but the guides, whose articles Pagefind reads from their HTML', async () => {
  const files = await distFiles('.html');
  const html = await Promise.all(files.map(readDist));
  const marked = files.filter(
    (_, i) => /data-pagefind-/.test(html[i]!) && !html[i]!.includes('<article data-pagefind-body>'),
  );
  expect(html.some((page) => page.includes('<article data-pagefind-body>'))).toBe(true);
  expect(marked).toEqual([]);
});
