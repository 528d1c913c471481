import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentErrors, loadContent } from '../../src/lib/load-content';
import { recordsByNumber } from '../../src/lib/routes';
import { codeRecordSchema } from '../../src/lib/schema';

const content = await loadContent('content');
const { records } = content;

describe('the content in content/', () => {
  test('holds all 304 records of the seed tables', () => {
    expect(records).toHaveLength(304);
  });

  test('has the expected number of records per area', () => {
    const counts = Object.fromEntries([...Map.groupBy(records, (r) => r.area)].map(([a, list]) => [a, list.length]));
    expect(counts).toEqual({ calling: 102, 'call-automation': 163, pstn: 19, chat: 4, sms: 16 });
  });

  test('every record satisfies the schema', () => {
    for (const record of records) expect(codeRecordSchema.safeParse(record).success, record.url).toBe(true);
  });

  test('gives every record a unique URL and a unique anchor within its area', () => {
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(new Set(records.map((r) => `${r.area}#${r.anchor}`)).size).toBe(records.length);
  });

  test('routes records to the URLs a log suggests', () => {
    const urls = new Set(records.map((r) => r.url));
    for (const url of [
      '/calling/487/10003/',
      '/pstn/403/560403/',
      '/sms/4007/',
      '/call-automation/400/play-failed/',
      '/call-automation/subcode/8523/',
      '/calling/490/',
    ]) {
      expect(urls, url).toContain(url);
    }
  });

  test('lists every carrier of a number on that number page', () => {
    const index = recordsByNumber(records);
    for (const record of records) {
      for (const n of [record.code, record.subcode]) if (n !== null) expect(index.get(n)).toContain(record);
    }
    const carriers = [...index.values()].flat();
    expect(new Set(carriers).size).toBe(records.length);
  });

  test('keeps every link absolute', () => {
    for (const link of records.flatMap((r) => r.links)) expect(link.href).toMatch(/^https:\/\//);
  });

  test('shows the sources’ known mistakes as published, flagged', () => {
    const byUrl = new Map(records.map((r) => [r.url, r]));
    expect(byUrl.get('/pstn/486/60486/')?.note).toMatch(/560486/);
    expect(byUrl.get('/pstn/497/560487/')?.note).not.toBe('');
    expect(byUrl.get('/calling/410/3100/')?.resultCategoryAsPublished).toBe('UnxpectedClientError');
    expect(byUrl.get('/calling/497/')?.note).toMatch(/487/);
  });
});

async function brokenCopy(file: string, mutate: (text: string) => string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-content-'));
  await cp('content', dir, { recursive: true });
  const target = path.join(dir, file);
  await writeFile(target, mutate(await readFile(target, 'utf8')));
  return dir;
}

/** Adds a row with a non-numeric code after the first row of the file's first table. */
function withMalformedRow(text: string): { text: string; line: number } {
  const lines = text.split('\n');
  const delimiter = lines.findIndex((l) => /^\|\s*-{3}/.test(l));
  const columns = lines[delimiter]!.split('|').length - 2;
  lines.splice(delimiter + 2, 0, `| oops ${'| x '.repeat(columns - 1)}|`);
  return { text: lines.join('\n'), line: delimiter + 3 };
}

const files = (await readdir('content')).filter((f) => f.endsWith('.md'));

describe('bad content stops the load with file and line', () => {
  test.each(files)('a malformed row in %s', async (file) => {
    let line = 0;
    const dir = await brokenCopy(file, (text) => {
      const broken = withMalformedRow(text);
      line = broken.line;
      return broken.text;
    });
    const error = await loadContent(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as Error).message).toContain(`${path.basename(dir)}/${file}:${line}: the`);
  });
});
