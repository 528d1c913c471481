import { describe, expect, test } from 'vitest';
import { listedSources, documentedSince } from '../../../src/records/history';
import type { CodeRecord } from '../../../src/schemas/record';
import { shorten } from '../../../src/records/text';
import { codePage, codePageMeta, type CodePage, type CodePageOptions } from '../../../src/site/page-data/code';
import { liveSite } from './catalogue';

// The page data of code pages, built from the live content: examples are found in it, not typed in.

const site = await liveSite();
const options: CodePageOptions = { link: (path: string) => `https://codes.example.org${path}`, repository: null };
const pageOf = (r: CodeRecord, o = options) => codePage(r, site, o);
const find = (what: string, pick: (r: CodeRecord) => boolean) => {
  const found = site.records.find(pick);
  if (!found) throw new Error(`the content has no ${what}`);
  return found;
};

const advised = find(
  'documented pair with advice',
  (r) => r.codeSpace === 'acs' && r.status === 'documented' && r.code !== null && r.subcode !== null && r.advice !== '',
);
const unadvised = find(
  'documented record without advice or guidance',
  (r) => r.codeSpace === 'acs' && r.status === 'documented' && !r.advice && !r.guidance,
);
const observed = find('observed record', (r) => r.status === 'observed');
const sip = find(
  'SIP response that ACS subcodes carry',
  (r) => r.codeSpace === 'sip' && r.corresponds.acsSubcodes.length > 0 && r.corresponds.q850.length > 0,
);
const carriedBySip = (s: CodeRecord) =>
  site.records.filter(
    (r) => r.codeSpace === 'acs' && r.subcode !== null && s.corresponds.acsSubcodes.includes(r.subcode),
  );
const cause = site.records.find((r) => r.codeSpace === 'q850' && sip.corresponds.q850.includes(r.code!))!;

describe('the page of a documented pair with source advice', () => {
  const page = pageOf(advised);

  test('answers with Microsoft’s advice for this code, citing the newest version that lists it', () => {
    expect(page.answer).toHaveLength(1);
    expect(page.answer[0]).toMatchObject({ reach: 'code', html: advised.adviceHtml, by: { kind: 'microsoft' } });
    expect(page.answer[0]!.by).toMatchObject({ source: listedSources(advised, site.sources)[0]!.id });
  });

  test('is sure of it as documented by Microsoft since the oldest version that lists it', () => {
    expect(page.certainty).toMatchObject({
      kind: 'documented',
      since: { id: documentedSince(advised, site.sources)!.source.id },
    });
  });

  test('carries its numbers, message and the versions that list it, newest first', () => {
    expect(page).toMatchObject({ code: advised.code, subcode: advised.subcode, messageHtml: advised.messageHtml });
    expect(page.sources.map((s) => s.id)).toEqual([...advised.listedIn].reverse());
  });
});

describe('the page of a documented record without source advice', () => {
  const page = pageOf(unadvised);

  test('answers with general guidance only, in this site’s words', () => {
    expect(page.answer.length).toBeGreaterThan(0);
    expect(page.answer.every((s) => s.reach !== 'code' && s.by.kind === 'site')).toBe(true);
  });

  test('quotes no general guidance in its link preview', () => {
    expect(codePageMeta(page).description).toBe(shorten(unadvised.message, 200));
  });
});

describe('the page of an observed code', () => {
  const page = pageOf(observed);

  test('says it is observed and where it was seen', () => {
    expect(page.observed).toBe(true);
    expect(page.certainty).toEqual({
      kind: 'observed',
      where: listedSources(observed, site.sources).map((s) => s.title),
    });
    expect(page.evidence?.html).toBe(observed.evidenceHtml);
  });

  test('credits its guidance and its table’s introduction to this site, never to Microsoft', () => {
    expect([...page.answer, ...page.meaning].filter((s) => s.by.kind === 'microsoft')).toEqual([]);
  });
});

describe('the page of a SIP response', () => {
  const page = pageOf(sip);

  test('is sure of it by the standard its row cites', () => {
    const reference = sip.extra.find((e) => /^references?$/i.test(e.label))!.text;
    expect(page.certainty).toEqual({ kind: 'standard', name: reference });
  });

  test('answers in this site’s words and says what it means in ACS calls', () => {
    expect(page.answer.every((s) => s.by.kind === 'site')).toBe(true);
    expect(page.meaning.find((s) => s.reach === 'usage')?.html).toBe(sip.meaningHtml);
  });

  test('links every ACS record that carries it, and its Q.850 cause', () => {
    const urls = page.carriers.map((c) => c.url);
    expect(carriedBySip(sip).length).toBeGreaterThan(0);
    for (const r of [...carriedBySip(sip), cause]) expect(urls).toContain(r.url);
  });
});

describe('the page of a Q.850 cause', () => {
  const page = pageOf(cause);

  test('is sure of it by the ITU-T recommendation', () => {
    expect(page.certainty).toMatchObject({ kind: 'standard', name: expect.stringMatching(/Q\.850/) });
  });

  test('links the ACS records that carry it through its SIP response, and each links it back', () => {
    for (const r of carriedBySip(sip)) {
      expect(page.carriers.map((c) => c.url)).toContain(r.url);
      expect(pageOf(r).carriers.map((c) => c.url)).toContain(cause.url);
    }
  });
});

describe('every code page', () => {
  const pages = site.records.map((r) => [r, pageOf(r)] as const);

  test('links records of other code spaces both ways', () => {
    const byUrl = new Map(pages.map(([r, p]) => [r.url, p]));
    const oneWay = pages.flatMap(([r, p]) =>
      p.carriers
        .filter((c) => !byUrl.get(c.url)!.carriers.some((back) => back.url === r.url))
        .map((c) => `${r.url} → ${c.url}`),
    );
    expect(oneWay).toEqual([]);
  });

  test('answers, and says who said each piece; Microsoft’s words cite a version that lists the record', () => {
    const wrong = pages.filter(
      ([, p]) =>
        p.answer.length === 0 ||
        [...p.answer, ...p.meaning].some(
          (s) => 'source' in s.by && !p.sources.some((v) => 'source' in s.by && v.id === s.by.source),
        ),
    );
    expect(wrong.map(([r]) => r.url)).toEqual([]);
  });

  test('keeps every other column of its row', () => {
    const lost = pages.filter(
      ([r, p]) => JSON.stringify(p.extra) !== JSON.stringify(r.extra.map(({ label, html }) => ({ label, html }))),
    );
    expect(pages.some(([r]) => r.extra.length > 0)).toBe(true);
    expect(lost.map(([r]) => r.url)).toEqual([]);
  });
});

describe('“Report a mistake”', () => {
  const withRepository = (r: CodeRecord): CodePage =>
    pageOf(r, { ...options, repository: 'https://github.com/owner/acs-codes' });

  test('opens an issue on the repository, filled in with the page’s address and its content line', () => {
    const url = new URL(withRepository(advised).issue!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/acs-codes/issues/new');
    expect(url.searchParams.get('body')).toContain(`https://codes.example.org${advised.url}`);
    expect(url.searchParams.get('body')).toContain(`${advised.file}:${advised.line}`);
    expect(url.searchParams.get('title')).toContain(`${advised.code}/${advised.subcode}`);
  });

  test('is left out when no repository is configured', () => {
    expect(pageOf(advised).issue).toBeNull();
  });
});
