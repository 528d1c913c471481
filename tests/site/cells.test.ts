import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { PublicRecord } from '../../src/schemas/public-record';
import { pageOf, records } from './helpers';

// Every non-empty cell of every table in content/ reaches its record's page and /codes.json.
// The cells are read here from the content files with a plain line reader, independent of the
// build's parser, so a cell the build drops (an extra column no component renders, a field a
// typo empties) shows up as missing.

const CONTENT = path.resolve(process.env.CONTENT_DIR ?? 'content');

interface Source {
  title: string;
  date: string | null;
}

interface Cell {
  where: string;
  column: string;
  raw: string;
}

interface Row {
  where: string;
  area: string;
  table: string;
  codes: (number | null)[];
  subcodes: (number | null)[];
  message: string;
  cells: Cell[];
  sources: Map<string, Source>;
}

/** Header names of the number columns, the message, and the columns that hold lists of ids or numbers. */
const CODE = /^(code|error code|status code|participantendreason|cause)$/i;
const SUBCODE = /^(subcode|participantendsubcode)$/i;
const MESSAGE = /^(message|description|reason phrase|name)$/i;
const LISTED_IN = /^listed in$/i;
const EARLIER = /^earlier wording$/i;
const NUMBER_LIST = /^(acs subcodes|sip responses|q\.850 causes)$/i;

const splitCells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** Every table row of one area file, with the heading it sits under and the file's sources. */
function rowsOf(file: string, text: string): Row[] {
  const lines = text.split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  const frontmatter = parseYaml(lines.slice(1, end).join('\n')) as { sources: (Source & { id: string })[] };
  const sources = new Map(frontmatter.sources.map((s) => [s.id, s]));
  const area = path.basename(file, '.md');
  const rows: Row[] = [];
  let heading = '';
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6}\s/.test(line)) heading = line.replace(/^#+\s*/, '').trim();
    if (!line.startsWith('|') || !/^\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) continue;
    const labels = splitCells(line);
    for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
      const values = splitCells(lines[i]!);
      const where = `${path.basename(CONTENT)}/${path.basename(file)}:${i + 1}`;
      const column = (pattern: RegExp) => values[labels.findIndex((l) => pattern.test(l))] ?? '';
      const numbers = (cell: string) => (cell ? cell.split(',').map((n) => Number(n.trim())) : [null]);
      rows.push({
        where,
        area,
        table: heading,
        codes: numbers(column(CODE)),
        subcodes: numbers(column(SUBCODE)),
        message: plain(column(MESSAGE)),
        cells: labels.map((label, k) => ({ where, column: label, raw: values[k] ?? '' })).filter((c) => c.raw !== ''),
        sources,
      });
    }
  }
  return rows;
}

/** What a reader sees of a cell's Markdown: link text, code without backticks, no list dashes, one space. */
function plain(markdown: string): string {
  return normal(
    markdown
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/`([^`]*)`/g, (_, code: string) => code.replace(/\\\|/g, '|'))
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  );
}

/** Text compared as a reader sees it: list dashes at line starts gone, whitespace as one space. */
const normal = (text: string) =>
  text
    .replace(/(^|\n)[ \t]*- /g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of a built page: no head, scripts or tags, the entities the build writes decoded, one space. */
function pageText(html: string): string {
  return (
    html
      // A fold's label ("Show 5 more") is a control between the items of a long list, not the cell's text.
      .replace(/<head>[\s\S]*?<\/head>|<script[\s\S]*?<\/script>|<summary[\s\S]*?<\/summary>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
  );
}

/** Every string and number a record of /codes.json holds, each compared as a reader sees it. */
function jsonValues(value: unknown): string[] {
  if (typeof value === 'string') return [normal(value)];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(jsonValues);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonValues);
  return [];
}

const areaFiles = (await readdir(CONTENT)).filter((f) => f.endsWith('.md')).sort();
const rows = (
  await Promise.all(areaFiles.map(async (f) => rowsOf(f, await readFile(path.join(CONTENT, f), 'utf8'))))
).flat();

/** The records a row became: one per code and subcode it lists. */
function recordsOf(row: Row): PublicRecord[] {
  return row.codes.flatMap((code) =>
    row.subcodes.flatMap((subcode) =>
      records.filter(
        (r) =>
          r.area === row.area &&
          r.table === row.table &&
          r.code === code &&
          r.subcode === subcode &&
          normal(r.message) === row.message,
      ),
    ),
  );
}

/** The ways one cell must show: as text, as numbers, as sources or as earlier wordings. */
function expected(cell: Cell, sources: Map<string, Source>): { page: string[]; json: (r: PublicRecord) => boolean } {
  const values = (r: PublicRecord) => jsonValues(r);
  if (LISTED_IN.test(cell.column)) {
    const listed = cell.raw.split(/[\s,]+/).map((id) => sources.get(id)!);
    return {
      // An undated version says what it is dated by: "(undated version, before 2025-07-14)".
      page: listed.map((s) => `${s.title} (${s.date ?? 'undated'}`),
      json: (r) => listed.every((s) => r.source.some((x) => x.title === s.title && x.date === s.date)),
    };
  }
  if (EARLIER.test(cell.column)) {
    const wordings = cell.raw
      .split(/<br\s*\/?>/i)
      .map((w) => /^\s*([a-z][a-z0-9-]*):\s*(.+)$/.exec(w)!)
      .map(([, id, text]) => ({ source: id!, message: plain(text!) }));
    return {
      page: wordings.map((w) => w.message),
      json: (r) =>
        wordings.every((w) =>
          r.history.earlierWordings.some((x) => normal(x.message) === w.message && x.source === w.source),
        ),
    };
  }
  if (NUMBER_LIST.test(cell.column) || CODE.test(cell.column) || SUBCODE.test(cell.column)) {
    const numbers = cell.raw.split(',').map((n) => n.trim());
    return { page: numbers, json: (r) => numbers.some((n) => values(r).includes(n)) };
  }
  const text = plain(cell.raw);
  return { page: [text], json: (r) => values(r).some((v) => v.includes(text)) };
}

describe('every table of content/', () => {
  test('has rows, read from the files themselves', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.table && r.message)).toBe(true);
  });

  test('becomes one record per code and subcode of each row in /codes.json', () => {
    const missing = rows.filter((row) => recordsOf(row).length !== row.codes.length * row.subcodes.length);
    expect(missing.map((row) => `${row.where}: ${row.message}`)).toEqual([]);
  });

  test('shows every non-empty cell on its record page', async () => {
    const missing: string[] = [];
    for (const row of rows)
      for (const record of recordsOf(row)) {
        const text = pageText(await pageOf(record.url));
        // Tags become spaces, so spaces are not compared: "see <a>docs</a>." reads "see docs ." here.
        const squeezed = text.replace(/ /g, '');
        for (const cell of row.cells)
          for (const wanted of expected(cell, row.sources).page)
            if (
              NUMBER_LIST.test(cell.column)
                ? !new RegExp(`\\b${wanted}\\b`).test(text)
                : !squeezed.includes(wanted.replace(/ /g, ''))
            )
              missing.push(`${cell.where} ${cell.column} "${wanted.slice(0, 60)}" is not on ${record.url}`);
      }
    expect(missing).toEqual([]);
  });

  test('puts every non-empty cell into /codes.json', () => {
    const missing = rows.flatMap((row) =>
      recordsOf(row).flatMap((record) =>
        row.cells
          .filter((cell) => !expected(cell, row.sources).json(record))
          .map((cell) => `${cell.where} ${cell.column} "${cell.raw.slice(0, 60)}" is not in ${record.url}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
