import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvValue } from '../../src/site/csv';
import type { CodesFile } from '../../src/schemas/public-record';
import { removeScratch, scratchDir } from '../scratch';
import { fixtureCopy, insertAfter, lineStarting, type Edit } from './fixture';

// Whole `astro build` runs on the fixture content: what only the real build can show. The fixture
// as it is builds once; each edit that must stop the build gets its own (they stop early, at the
// content sync). What the loader alone can show is in mutations.test.ts.

async function build(edits: Record<string, Edit> = {}, permalinks = path.resolve('tests/fixtures/permalinks.txt')) {
  const content = await fixtureCopy(edits);
  const out = path.join(path.dirname(content), 'out');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      PERMALINKS_FILE: permalinks,
      ASTRO_CACHE_DIR: path.join(path.dirname(content), 'cache'),
      SITE_URL: 'https://codes.example.org',
    },
    encoding: 'utf8',
  });
  return { out, status: result.status, log: `${result.stdout}\n${result.stderr}` };
}

/** Pages the fixture's permalinks list leaves out on purpose, for the build to name them. */
const UNLISTED = ['/4010/', '/beta/4010/'];

let site: Awaited<ReturnType<typeof build>>;
const read = (file: string) => readFile(path.join(site.out, file), 'utf8');

beforeAll(async () => {
  const list = path.join(await scratchDir('permalinks'), 'permalinks.txt');
  const listed = (await readFile('tests/fixtures/permalinks.txt', 'utf8')).split('\n');
  await writeFile(list, listed.filter((l) => !UNLISTED.includes(l)).join('\n'));
  site = await build({}, list);
}, 180_000);
afterAll(removeScratch);

describe('astro build of the fixture content', () => {
  test('alone builds the whole site into --outDir: pages, the Pagefind index and the service worker', async () => {
    expect(site.status, site.log).toBe(0);
    for (const file of [
      'alpha/487/10003/index.html',
      'beta/400/play-failed/index.html',
      '487/index.html',
      'codes.json',
      'pagefind/pagefind-entry.json',
      'sw.js',
      '404.html',
      '_headers',
    ])
      expect(existsSync(path.join(site.out, file)), file).toBe(true);
    expect((await readdir(site.out)).some((f) => /^offline-[0-9a-f]+\.bin$/.test(f))).toBe(true);
  });

  test('renders an MDX guide with its tabs, a literal brace and site links', async () => {
    const html = await read('help/index.html');
    expect(html).toContain('a literal {brace} stays text');
    expect(html).toContain('<acs-tabs>');
    expect(html).toContain('href="/alpha/487/10003/"');
  });

  test('renders a Markdown guide with its body', async () => {
    expect(await read('ru/help/index.html')).toContain('Текст после вкладок.');
  });

  test('writes a redirect page that carries the CSP and points inside the site', async () => {
    const html = await read('alpha/487/canceled/index.html');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/alpha/487/10003/">');
  });

  test('names every built page the permalinks file does not list', () => {
    expect(site.log).toMatch(
      new RegExp(
        `2 built page\\(s\\) are not in \\S+permalinks\\.txt, so nothing would notice if they disappeared: ${UNLISTED.join(', ')} — record them`,
      ),
    );
  });

  test('shows a declared extra column on the record page and in /codes.json', async () => {
    const page = await read('beta/400/play-failed/index.html');
    expect(page).toMatch(/<dt[^>]*>Delivery event<\/dt>\s*<dd[^>]*><p>PlayFailed \/ PlayCanceled<\/p><\/dd>/);
    const records = (JSON.parse(await read('codes.json')) as CodesFile).records;
    expect(records.find((r) => r.url === '/beta/400/play-failed/')!.extra).toEqual({
      'Delivery event': { text: 'PlayFailed / PlayCanceled', html: '<p>PlayFailed / PlayCanceled</p>' },
    });
  });

  test('keeps *, _, # and a leading - as written on the page, in /codes.json and in /codes.csv', async () => {
    const message = 'Blocked: *67 and snake_case_names, __init__ or #5 said -1.';
    const records = (JSON.parse(await read('codes.json')) as CodesFile).records;
    const record = records.find((r) => r.url === '/beta/4010/')!;
    expect(record.message).toBe(message);
    expect(record.advice).toBe('- Check a_b|c.\n- Then R&amp;D.');
    expect(await read('beta/4010/index.html')).toContain(`<p>${message}</p>`);
    const csv = parseCsv(await read('codes.csv'));
    const row = csv.find((r) => r.includes('/beta/4010/'))!;
    expect(row.map(csvValue)).toContain(message);
    expect(row.map(csvValue)).toContain(record.advice);
  });

  test('writes /codes.csv with no field a spreadsheet would evaluate, each value recoverable', async () => {
    const csv = parseCsv(await read('codes.csv'));
    const records = (JSON.parse(await read('codes.json')) as CodesFile).records;
    expect(csv.flat().filter((field) => /^[=+\-@\t\r]/.test(field))).toEqual([]);
    const messages = csv.slice(1).map((r) => csvValue(r[csv[0]!.indexOf('message')]!));
    expect(messages).toEqual(records.map((r) => r.message));
  });

  test('writes /changes.xml as well-formed XML', async () => {
    expect(xmlProblems(await read('changes.xml'))).toEqual([]);
  });
});

describe('astro build stops on content it would publish wrongly', () => {
  test('a malformed row, naming its file and line', { timeout: 120_000 }, async () => {
    const row = await lineStarting('beta.md', '| 4007 |');
    const { status, log } = await build({
      'beta.md': insertAfter(row, '| 40O8 | Letter O instead of zero. | Retry. | DeliveryFailed |'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain(`content/beta.md:${row + 1}: the code "40O8" is not a number`);
  });

  test('a published URL that would disappear, naming it', { timeout: 120_000 }, async () => {
    const list = path.join(await scratchDir('permalinks'), 'permalinks.txt');
    await writeFile(list, '/alpha/487/10003/\n/beta/400/play-failed/\n');
    const { status, log } = await build(
      { 'beta.md': (t) => t.replace('| 400 | Play Failed |', '| 400 | Play failure |') },
      list,
    );
    expect(status).not.toBe(0);
    expect(log).toContain(
      '/beta/400/play-failed/ is published but the build no longer has it (perhaps it became /beta/400/play-failure/',
    );
    expect(log).toContain('give each old path a row in content/shared/redirects.md');
  });

  test(
    'a script in a Markdown guide: no page without its body, the file and line named',
    { timeout: 120_000 },
    async () => {
      const line = (await lineStarting('guides/ru/help.md', 'Текст для iOS.')) - 1;
      const { out, status, log } = await build({
        'guides/ru/help.md': insertAfter(line, '<script>alert(1)</script>', ''),
      });
      expect(status).not.toBe(0);
      expect(log).toContain(
        `content/guides/ru/help.md:${line + 1}: raw HTML "<script>alert(1)</script>" is not allowed in a guide — write Markdown instead`,
      );
      expect(existsSync(path.join(out, 'ru/help/index.html'))).toBe(false);
    },
  );

  test('an expression in an MDX guide, before it runs', { timeout: 120_000 }, async () => {
    const { out, status, log } = await build({
      'guides/en/help.mdx': (t) => t.replace('Text for iOS.', 'Node {process.version}.'),
    });
    expect(status).not.toBe(0);
    expect(log).toMatch(
      /content\/guides\/en\/help\.mdx:\d+: the expression \{process\.version\} would run when the site is built/,
    );
    expect(log).not.toContain(process.version);
    expect(existsSync(path.join(out, 'help/index.html'))).toBe(false);
  });

  test('a redirect to another host', { timeout: 120_000 }, async () => {
    const { status, log } = await build({
      'shared/redirects.md': (t) => t.replace('| /alpha/487/10003/ |', '| https://evil.example/ |'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain(
      'shared/redirects.md:3: redirect /alpha/487/canceled/ → https://evil.example/: the target must be a path of this site',
    );
  });
});

/** RFC 4180 fields, row by row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)!.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push([]);
      i++;
    } else field += c;
  }
  return rows.filter((r) => r.length > 0);
}

/** What keeps a document from being well-formed XML: a character XML forbids, a bare & or <, an unbalanced tag. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (bad) problems.push(`character U+${bad[0].codePointAt(0)!.toString(16)}`);
  const open: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const [tag, close, name, selfClosing] of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) open.push(name!);
    else if (open.pop() !== name) problems.push(`unbalanced ${tag}`);
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  const text = body.replace(/<(\/?)([A-Za-z][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g, '');
  if (/[<>]/.test(text)) problems.push('a bare < or > in text');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) problems.push('a bare &');
  return problems;
}
