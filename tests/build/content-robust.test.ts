import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/pipeline/load';
import type { CodeRecord } from '../../src/schemas/record';
import { removeScratch } from '../scratch';
import { FIXTURE, fixtureCopy, type Edit } from './fixture';

// The opposite of content-rules: content written in every way the sources and editors write it
// must build, with every row present exactly once.

const summary = (records: CodeRecord[]) => records.map((r) => [r.url, r.table, r.message, r.advice].join(' | '));
const original = summary((await loadContent(FIXTURE)).records);
const loaded = async (edits: Record<string, Edit>) => (await loadContent(await fixtureCopy(edits))).records;

/** Applies a change to the table lines of a file only. */
const onRows = (change: (line: string) => string) => (text: string) =>
  text
    .split('\n')
    .map((line) => (line.startsWith('|') ? change(line) : line))
    .join('\n');

afterAll(removeScratch);

describe('the same content written differently gives the same records', () => {
  const variants: [string, Record<string, Edit>][] = [
    ['CRLF line ends', { 'alpha.md': (t) => t.replace(/\n/g, '\r\n') }],
    ['a byte order mark', { 'alpha.md': (t) => `\uFEFF${t}` }],
    ['tabs around cells', { 'alpha.md': onRows((l) => l.replace(/ \| /g, '\t|\t')) }],
    // Without outer pipes a row cannot end in an empty cell, so beta, whose cells are all filled.
    ['missing outer pipes', { 'beta.md': onRows((l) => l.replace(/^\| /, '').replace(/ \|$/, '')) }],
    ['padded cells', { 'alpha.md': onRows((l) => l.replace(/ \| /g, '   |   ')) }],
  ];
  test.each(variants)('%s', async (_, edits) => {
    expect(summary(await loaded(edits))).toEqual(original);
  });
});

describe('characters the sources use reach the record unchanged', () => {
  test('an escaped pipe, an emoji, a no-break space and <br/>', async () => {
    const records = await loaded({
      'beta.md': (t) => t.replace('| Opted out. |', '| Opted \\| out 👋🏻 now\u00a0here.<br/>Second line. |'),
    });
    expect(records.find((r) => r.code === 4007)!.message).toBe('Opted | out 👋🏻 now\u00a0here.\nSecond line.');
  });
});

describe('tables keep their own rows', () => {
  test('several tables under one heading and under sub-headings, each row once under its nearest heading', async () => {
    const more =
      '\n| Code | Message |\n| --- | --- |\n| 503 | Unavailable |\n\n### Gateway\n\n| Code | Message |\n| --- | --- |\n| 502 | Bad gateway |\n';
    const declared =
      'tables:\n  status-codes-1:\n    columns: [Code, Message]\n  gateway:\n    columns: [Code, Message]\n';
    const records = await loaded({ 'alpha.md': (t) => `${t.replace('tables:\n', declared)}${more}` });
    const status = records.filter(
      (r) => [400, 500, 502, 503].includes(r.code!) && r.area === 'alpha' && r.subcode === null,
    );
    expect(status.map((r) => [r.code, r.table, r.tableSlug])).toEqual([
      [400, 'Status codes', 'status-codes'],
      [500, 'Status codes', 'status-codes'],
      [503, 'Status codes', 'status-codes-1'],
      [502, 'Gateway', 'gateway'],
    ]);
    expect(records).toHaveLength(original.length + 2);
  });

  // Reading 5,000 rows takes seconds on a loaded machine: a time limit here would measure the machine.
  test('a table of 5,000 rows keeps all of them, each once', { timeout: 120_000 }, async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${100000 + i} | 400 | Row ${i}. |`);
    const area = (await readFile(path.join(FIXTURE, 'beta.md'), 'utf8'))
      .replace('title: Beta', 'title: Gamma')
      .replace('order: 2', 'order: 3')
      .replace(/^columns: .*$/m, 'columns: [Subcode, Code, Message]');
    const body = `${area.slice(0, area.indexOf('## Beta codes'))}## Many\n\n| Subcode | Code | Message |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    const records = (await loaded({ 'gamma.md': body })).filter((r) => r.area === 'gamma');
    expect(records).toHaveLength(rows.length);
    expect(new Set(records.map((r) => r.subcode)).size).toBe(rows.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(rows.length);
  });
});
