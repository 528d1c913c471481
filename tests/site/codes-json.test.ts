import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import type { CodesFile } from '../../src/schemas/public-record';
import { BASE, DIST, readDist, textOf } from './helpers';

const file = JSON.parse(await readDist('codes.json')) as CodesFile;
const schema = JSON.parse(await readDist('codes.schema.json')) as { $id: string };
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

describe('/codes.json', () => {
  test('validates against /codes.schema.json with Ajv in strict mode', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    validate(file);
    expect(validate.errors ?? []).toEqual([]);
  });

  test('names its schema, and the schema its own address', () => {
    expect(file.$schema).toBe(schema.$id);
    expect(new URL(schema.$id).pathname).toBe(`${BASE}codes.schema.json`);
  });

  test("every record's href is an absolute URL under the base path that opens the record's own page", async () => {
    const wrong: string[] = [];
    for (const r of file.records) {
      const { pathname } = new URL(r.href);
      const page = path.join(DIST, pathname.slice(BASE.length), 'index.html');
      if (!pathname.startsWith(BASE) || !existsSync(page)) wrong.push(`${r.href}: no page`);
      else if (canonical(await readFile(page, 'utf8')) !== r.href) wrong.push(`${r.href}: another page`);
    }
    expect(wrong).toEqual([]);
  });

  test('record ids are unique', () => {
    const ids = file.records.map((r) => r.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  test('every source a record names is in the file, and the licensed ones are attributed', () => {
    const known = new Set(file.sources.map((s) => s.id));
    const named = file.records.flatMap((r) => [
      ...r.history.listedIn,
      ...r.history.earlierWordings.map((w) => w.source),
      ...r.source.map((s) => s.id),
      ...r.guidance.flatMap((g) => g.source ?? []),
    ]);
    expect([...new Set(named)].filter((id) => !known.has(id))).toEqual([]);
    const licensed = file.sources.filter((s) => s.license).map((s) => s.id);
    expect(licensed.length).toBeGreaterThan(0);
    expect(file.license.content.flatMap((c) => c.sources).sort()).toEqual(licensed.sort());
  });

  test("keeps the target of every link in a record's cells", () => {
    const targets = (html: string) =>
      [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x26;|&amp;/g, '&'));
    const lost = file.records.filter((r) => {
      const kept = new Set(
        [
          ...r.guidance.map((g) => g.html),
          r.evidence?.html ?? '',
          ...Object.values(r.extra ?? {}).map((e) => e.html),
        ].flatMap(targets),
      );
      return r.links.some((link) => !kept.has(link.href));
    });
    expect(lost.map((r) => r.id)).toEqual([]);
  });

  test('every record says what to do, and who says it', () => {
    const silent = file.records.filter((r) => !r.guidance.some((g) => g.kind === 'action' && textOf(g.html)));
    expect(silent.map((r) => r.id)).toEqual([]);
  });
});
