import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/pipeline/load';
import { codeRecordSchema } from '../../src/schemas/record';

// Invariants of the live content: they hold whatever rows it has, so adding one needs no test edit.

const { records } = await loadContent('content');

/** A registry list from tests/fixtures/registries: number, then name. */
async function registry(file: string) {
  const lines = (await readFile(`tests/fixtures/registries/${file}`, 'utf8'))
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  return lines.map((l) => l.split('\t'));
}

describe('the content in content/', () => {
  test('every record satisfies the schema', () => {
    const invalid = records.filter((r) => !codeRecordSchema.safeParse(r).success);
    expect(invalid.map((r) => r.url)).toEqual([]);
  });

  test('gives every record a unique URL and a unique row anchor in its area', () => {
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(new Set(records.map((r) => `${r.area}#${r.anchor}`)).size).toBe(records.length);
  });

  test('keeps every link absolute', () => {
    expect(records.flatMap((r) => r.links).filter((l) => !/^https?:\/\//.test(l.href))).toEqual([]);
  });

  test('has the SIP responses of the IANA registry, each with its reason phrase, and no other', async () => {
    const sip = records.filter((r) => r.codeSpace === 'sip').map((r) => [String(r.code), r.message]);
    expect(sip).toEqual(await registry('iana-sip-response-codes.tsv'));
  });

  test('has the Q.850 causes, each with its standard name, and no other', async () => {
    const q850 = records.filter((r) => r.codeSpace === 'q850').map((r) => [String(r.code), r.message]);
    expect(q850).toEqual(await registry('itu-q850-causes.tsv'));
  });

  test('has a page for every call-end value the UI library branches on', async () => {
    const acs = records.filter((r) => r.codeSpace === 'acs');
    const missing = (await registry('communication-react-1.34.0.tsv')).filter(([code, subcode]) => {
      const [c, s] = [code ? Number(code) : null, subcode ? Number(subcode) : null];
      return !acs.some((r) => (c === null || r.code === c) && (s === null || r.subcode === s));
    });
    expect(missing).toEqual([]);
  });
});
