import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { AcsCodes } from '../../../packages/acs-codes/src/api';
import { createCodes, type LookupData } from '../../../packages/acs-codes/src/catalogue';
import { EXIT, main, type Io } from '../../../packages/acs-codes/src/cli';
import { packageData } from '../../../packages/acs-codes/src/data';
import type { CodesFile } from '../../../packages/acs-codes/src/schema-types';
import { en } from '../../../src/i18n/en';
import { MAX_PASTE } from '../../../src/matcher/observe';
import { loadCorpus } from '../matcher/corpus';
import { ENV, HOME, siteLookup, siteOutcome, tableLines } from './site-lookup';

// The package against the site: the same content, each side through its own files (JSON), the same answers.
const site = await siteLookup();
afterAll(() => vi.unstubAllGlobals());
const built = JSON.parse(JSON.stringify(packageData(site.catalogue, ENV))) as ReturnType<typeof packageData>;
const codes: AcsCodes = createCodes(built.lookup as LookupData, () => built.codes);
const records = built.codes.records;
const corpus = loadCorpus();

/** Runs the CLI in this process: its output, its errors, what it opened and its exit status. */
async function run(args: string[], stdin: string | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  const io: Io = {
    codes,
    home: built.lookup.home,
    titles: built.lookup.titles,
    version: built.version,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdinIsTTY: stdin === null,
    readStdin: async () => stdin ?? '',
    open: async (url) => (opened.push(url), true),
  };
  const status = await main(args, io);
  return { status, out: out.join('\n'), err: err.join('\n'), opened };
}

const pair = (code: number, subcode: number) => records.filter((r) => r.code === code && r.subcode === subcode);
const title = (area: string) => built.lookup.titles[area]!;

describe.each(corpus)('the paste $name', (paste) => {
  test('gets the same reading from the package as from the site: codes, records, verdicts, what opens', async () => {
    const { matches } = await site.match(paste.text);
    const result = codes.lookup(paste.text);
    expect({
      found: result.found.map((f) => ({
        description: f.reported.description,
        count: f.reported.count,
        quality: f.quality,
        records: f.records.map((r) => r.id),
        partial: f.partial.map((p) => ({ quality: p.quality, records: p.records.map((r) => r.id) })),
      })),
      opens: result.opens?.id ?? null,
      status: result.documented ? 0 : 1,
    }).toEqual(siteOutcome(matches));
  });

  test('piped into the CLI, prints the lookup table of the site, one line per code, and its exit status', async () => {
    const { matches } = await site.match(paste.text);
    const cli = await run([], paste.text);
    expect(cli.out.split('\n').filter(Boolean)).toEqual(tableLines(matches, site.titles));
    expect(cli.status).toBe(siteOutcome(matches).status);
  });
});

describe('acs-codes with numbers', () => {
  test('prints every record of 487/10003: numbers, area, message, category, what to do, its page', async () => {
    const expected = pair(487, 10003);
    const cli = await run(['487/10003']);
    expect(cli.status).toBe(EXIT.documented);
    expect(expected.length).toBeGreaterThan(0);
    for (const record of expected) {
      expect(cli.out).toContain(`${title(record.area)} 487/10003 · ${record.table}`);
      expect(cli.out).toContain(record.message.split('\n')[0]);
      expect(cli.out).toContain(record.href);
      if (record.resultCategory) expect(cli.out).toContain(`${en.code.resultCategory}: ${record.resultCategory}`);
    }
  });

  test('labels each piece of guidance with whose words it is, and cites Microsoft’s version', async () => {
    const record = pair(487, 10003).find((r) =>
      r.guidance.some((g) => g.author === 'microsoft' && g.kind === 'action'),
    )!;
    const piece = record.guidance.find((g) => g.author === 'microsoft' && g.kind === 'action')!;
    const source = record.source.find((s) => s.id === piece.source)!;
    const cli = await run([record.id]);
    expect(cli.out).toContain(
      `${en.code.whatToDo}:\n  ${en.reach.code}, ${en.by.microsoft}:\n    ${piece.text.split('\n')[0]}`,
    );
    expect(cli.out).toContain(`— ${source.title}, ${source.date}`);
  });

  test('says this site’s own words are not Microsoft’s', async () => {
    const record = records.find(
      (r) => r.codeSpace === 'acs' && r.guidance.some((g) => g.author === 'site' && g.scope === 'site'),
    )!;
    const cli = await run([record.id]);
    expect(cli.out).toContain(`${en.reach.code}, ${en.by.siteNotMicrosoft}:`);
  });

  test('finds a record by its id, its path and its page address', async () => {
    const record = pair(487, 10003)[0]!;
    for (const query of [record.id, record.url, record.href]) {
      const cli = await run([query]);
      expect(cli.status).toBe(EXIT.documented);
      expect(cli.out.match(/^https:\/\/\S+$/gm)).toEqual([record.href]);
    }
  });

  test('says what no record documents, offers the records of part of it, and exits 1', async () => {
    const code = 487;
    const subcode = unusedSubcode();
    const cli = await run([`${code}/${subcode}`]);
    expect(cli.status).toBe(EXIT.notDocumented);
    expect(cli.out).toContain(`No record documents code ${code} with subcode ${subcode}.`);
    expect(cli.out).toContain(pair(487, 10003)[0]!.href);
  });

  test('exits 1 when the arguments hold no code', async () => {
    const cli = await run(['hello']);
    expect(cli.status).toBe(EXIT.notDocumented);
    expect(cli.out).toBe(en.lookupUi.noNumbers);
  });

  test('--json prints the records in the envelope of /codes.json, valid against the published schema', async () => {
    const cli = await run(['487/10003', '--json']);
    const printed = JSON.parse(cli.out) as CodesFile;
    expect(printed.records).toEqual(pair(487, 10003));
    expect(printed.schemaVersion).toBe(built.codes.schemaVersion);
    const schema = JSON.parse(await readFile('schema/codes.schema.json', 'utf8'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(printed), JSON.stringify(validate.errors)).toBe(true);
  });

  test('--open opens the one record’s page, or the lookup with the text', async () => {
    expect((await run(['sip/486', '--open'])).opened).toEqual([`${HOME}sip/486/`]);
    expect((await run(['487/10003', '--open'])).opened).toEqual([`${HOME}lookup/?q=487%2F10003`]);
  });
});

describe('acs-codes with a log on stdin', () => {
  test('exits 1 when one code is undocumented, and lists every code with its verdict', async () => {
    const subcode = unusedSubcode();
    const cli = await run([], `{"code": 487, "subCode": 10003}\n{"code": 487, "subCode": ${subcode}}\n`);
    expect(cli.status).toBe(EXIT.notDocumented);
    expect(cli.out.split('\n').map((l) => l.split('\t').slice(0, 2))).toEqual([
      ['code 487 with subcode 10003', en.lookupUi['quality.whole']],
      [`code 487 with subcode ${subcode}`, en.lookupUi['quality.code']],
    ]);
  });

  test('exits 0 when every code is documented, and when there is none', async () => {
    expect((await run([], 'ParticipantEndReason=403 ParticipantEndSubCode=560403')).status).toBe(EXIT.documented);
    const none = await run([], 'build finished in 12 s');
    expect(none.status).toBe(EXIT.documented);
    expect(none.err).toBe(en.lookupUi.noNumbers);
  });

  test('--json prints the records of the documented codes', async () => {
    const cli = await run(['--json'], `{"code": 487, "subCode": 10003}\n{"code": 487, "subCode": ${unusedSubcode()}}`);
    expect((JSON.parse(cli.out) as CodesFile).records.map((r) => r.id)).toEqual(
      codes.explain('487/10003').map((r) => r.id),
    );
  });

  test('says when a text is longer than the lookup reads', async () => {
    const cli = await run([], `${'x '.repeat(MAX_PASTE / 2)}487/10003`);
    expect(cli.err).toContain(`Only the first ${MAX_PASTE / 1000} KB`);
  });
});

describe('acs-codes on a wrong command line', () => {
  test.each([[['--bogus']], [['']], [[]]])('%j exits 2 with the usage', async (args) => {
    const cli = await run(args);
    expect(cli.status).toBe(EXIT.usage);
    expect(cli.err).toContain('Usage: acs-codes');
  });

  test('--help prints the usage and exits 0', async () => {
    const cli = await run(['--help']);
    expect(cli.status).toBe(0);
    expect(cli.out).toMatch(/^Usage: acs-codes/);
  });
});

/** A subcode that no record holds: a pair with it is documented nowhere. */
function unusedSubcode(): number {
  const used = new Set(records.flatMap((r) => [r.code, r.subcode]));
  let n = 7100;
  while (used.has(n)) n++;
  return n;
}
