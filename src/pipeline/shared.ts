import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root, Table } from 'mdast';
import { AREA_WORD_KINDS } from '../schemas/area-word';
import { categoriesFileSchema, type CategoryGuidance } from '../schemas/guidance';
import type { AreaWord } from '../schemas/area-word';
import type { Report, SdkName } from '../schemas/record';
import { cellsNodes } from './cell';
import { decodeContent } from './decode';
import { errorCollector, lineOf, type ContentError, type Fail } from './errors';
import { readFrontmatter } from './frontmatter';
import { renderMarkdown } from './inline';
import { parseMarkdown } from './markdown';
import { parseNumbers } from './numbers';
import { prepare, render, textOf } from './render';

/** A public report as `shared/reports.md` lists it, before it is joined to its record. */
export interface ReportRow extends Report {
  area: string;
  code: number | null;
  subcode: number | null;
  file: string;
  line: number;
}

/** A name an SDK gives a code in its error objects, as `shared/sdk-names.md` lists it. */
export interface SdkNameRow extends SdkName {
  area: string;
  code: number | null;
  subcode: number | null;
  file: string;
  line: number;
}

/** A renamed page: the old path keeps answering with a redirect. */
export interface Redirect {
  from: string;
  to: string;
  file: string;
  line: number;
}

export interface Shared {
  errors: ContentError[];
  categories?: CategoryGuidance | null;
  reports?: ReportRow[];
  redirects?: Redirect[];
  sdkNames?: SdkNameRow[];
  areaWords?: AreaWord[];
}

/** Reads one file of `content/shared/`: category guidance, public reports, redirects, SDK names or area words. */
export async function readShared(file: string, base = '/'): Promise<Shared> {
  const name = path.basename(file);
  const shown = path.join(path.basename(path.dirname(path.dirname(file))), 'shared', name);
  const { errors, fail } = errorCollector(shown);
  const text = decodeContent(await readFile(file), fail);
  if (text === null) return { errors };
  const tree = parseMarkdown(text);
  if (name === 'categories.md') return { errors, categories: readCategories(tree, fail, base) };
  const rows = tableRows(tree, text, fail, base);
  if (name === 'redirects.md') return { errors, redirects: rows.flatMap((r) => readRedirect(r, shown, fail)) };
  if (name === 'sdk-names.md') return { errors, sdkNames: rows.flatMap((r) => readSdkName(r, shown, fail)) };
  if (name === 'area-words.md') return { errors, areaWords: rows.flatMap((r) => readAreaWord(r, fail)) };
  return { errors, reports: rows.flatMap((r) => readReport(r, shown, fail)) };
}

function readCategories(tree: Root, fail: Fail, base: string): CategoryGuidance | null {
  const data = readFrontmatter(tree.children[0], categoriesFileSchema, fail);
  if (!data) return null;
  const md = (key: string, text: string) =>
    renderMarkdown(text, { base, fail: (_, m, fix) => fail(1, `frontmatter "${key}": ${m}`, fix) });
  const entries = Object.entries(data.categories).map(([c, g]) => [
    c,
    {
      meaning: { ...g.meaning, html: md(`${c}.meaning.text`, g.meaning.text) },
      action: { ...g.action, html: md(`${c}.action.text`, g.action.text) },
    },
  ]);
  return Object.fromEntries(entries) as CategoryGuidance;
}

interface Row {
  line: number;
  cells: ReturnType<typeof prepare>[];
  text: string[];
}

/** Every row of every table, each cell read as area tables read theirs (`cell.ts`). */
function tableRows(tree: Root, source: string, fail: Fail, base: string): Row[] {
  return tree.children
    .filter((n): n is Table => n.type === 'table')
    .flatMap((t) => t.children.slice(1))
    .map((row) => {
      const line = lineOf(row);
      const cells = cellsNodes(row.children, source).map((nodes) =>
        prepare(nodes, { base, fail: (_, m, fix) => fail(line, m, fix) }),
      );
      return { line, cells, text: cells.map((c) => textOf(c).trim()) };
    });
}

function readRedirect({ line, text }: Row, file: string, fail: Fail): Redirect[] {
  const [from, to] = text;
  if (text.length !== 2 || !from || !to) {
    fail(line, 'a redirect row needs two cells: old path | new path');
    return [];
  }
  return [{ from, to, file, line }];
}

function readReport({ line, cells, text }: Row, file: string, fail: Fail): ReportRow[] {
  const [area, code, subcode, , date] = text;
  const url = cells[3]?.find((n) => n.type === 'link')?.url;
  const numbers = [parseNumbers(code ?? ''), parseNumbers(subcode ?? '')];
  const summary = render(cells[5] ?? []);
  if (
    cells.length !== 6 ||
    !area ||
    !url?.startsWith('https://') ||
    !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ||
    !summary.text ||
    numbers.some((n) => 'problem' in n)
  ) {
    fail(line, 'a report row needs: area | code | subcode | [thread](https://…) | YYYY-MM-DD | what resolved it');
    return [];
  }
  const [c, s] = numbers.map((n) => ('numbers' in n ? (n.numbers?.[0] ?? null) : null));
  return [
    {
      area,
      code: c ?? null,
      subcode: s ?? null,
      url,
      date: date!,
      summary: summary.text,
      summaryHtml: summary.html,
      file,
      line,
    },
  ];
}

/** The link a cell holds, with its text: where a name or a word was seen. */
function evidenceOf(cell: ReturnType<typeof prepare> | undefined): { url: string; label: string } | null {
  const link = cell?.find((n) => n.type === 'link');
  if (!link?.url.startsWith('https://')) return null;
  return { url: link.url, label: textOf(link.children).trim() };
}

function readSdkName({ line, cells, text }: Row, file: string, fail: Fail): SdkNameRow[] {
  const [area, code, subcode, name] = text;
  const numbers = [parseNumbers(code ?? ''), parseNumbers(subcode ?? '')];
  const seen = evidenceOf(cells[4]);
  const [c, s] = numbers.map((n) => ('numbers' in n ? (n.numbers ?? [null]) : [null]));
  if (
    cells.length !== 5 ||
    !area ||
    !name ||
    /\s/.test(name) ||
    !seen ||
    numbers.some((n) => 'problem' in n) ||
    c!.length > 1 ||
    s!.length > 1 ||
    (c![0] === null && s![0] === null)
  ) {
    fail(line, 'an SDK name row needs: area | code | subcode | `Name` (one word) | [where it was seen](https://…)');
    return [];
  }
  return [{ area, code: c![0]!, subcode: s![0]!, name, seen: seen.url, seenLabel: seen.label, file, line }];
}

function readAreaWord({ line, cells, text }: Row, fail: Fail): AreaWord[] {
  const [word, areas, kind] = text;
  const seen = evidenceOf(cells[3]);
  const kinds: string[] = AREA_WORD_KINDS;
  if (cells.length !== 4 || !word || /\s/.test(word) || !areas || !kinds.includes(kind ?? '') || !seen) {
    fail(
      line,
      `an area word row needs: \`word\` (no spaces) | area, area… | kind (${AREA_WORD_KINDS.join(', ')}) | [where it is seen](https://…)`,
    );
    return [];
  }
  const list = areas.split(',').map((a) => a.trim());
  return [{ word, areas: list, kind: kind as AreaWord['kind'], seen: seen.url, line }];
}
