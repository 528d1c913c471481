import GithubSlugger from 'github-slugger';
import type { Heading, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { fieldOfHeader, parseNumbers, type Field } from './columns';
import { cellToBlocks, inlineHtml, normaliseBreaks, parseMarkdown, toHtmlString, toPlainText } from './markdown';
import {
  CATEGORY_SPELLINGS,
  RESULT_CATEGORIES,
  areaFrontmatterSchema,
  type AreaFrontmatter,
  type CodeRecord,
  type ResultCategory,
  type Source,
} from './schema';

/** A problem in a content file, precise enough to fix without searching. */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

export type SectionBlock = { kind: 'html'; html: string } | { kind: 'table'; slug: string };

export interface AreaSection {
  title: string;
  slug: string;
  blocks: SectionBlock[];
}

export interface ParsedArea {
  slug: string;
  file: string;
  frontmatter: AreaFrontmatter;
  introHtml: string;
  appearsIn: { field: string; html: string }[];
  sections: AreaSection[];
  records: ParsedRecord[];
}

/** A record before routing has given it a URL. */
export type ParsedRecord = Omit<CodeRecord, 'url' | 'anchor'>;

export function formatError(error: ContentError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}

/** Parses one area file into its prose sections and its code records; never throws on bad content. */
export function parseArea(source: string, file: string): { area: ParsedArea | null; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const fail = (line: number, message: string) => errors.push({ file, line, message });
  const tree = parseMarkdown(source.replace(/\r\n?/g, '\n'));
  const frontmatter = readFrontmatter(tree.children[0], fail);
  if (!frontmatter) return { area: null, errors };

  const slug = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  const slugger = new GithubSlugger();
  const introNodes: RootContent[] = [];
  const sections: (AreaSection & { nodes: RootContent[] })[] = [];
  const records: ParsedRecord[] = [];

  for (const node of tree.children.slice(1)) {
    const section = sections.at(-1);
    if (node.type === 'heading' && node.depth <= 2) {
      const title = toPlainText((node as Heading).children);
      sections.push({ title, slug: slugger.slug(title), blocks: [], nodes: [] });
    } else if (node.type === 'table') {
      if (!section) fail(line(node), 'a table must sit under a "## Heading" that names it');
      else {
        flushHtml(section);
        section.blocks.push({ kind: 'table', slug: section.slug });
        const settings = frontmatter.tables[section.slug];
        const sources = tableSources(frontmatter, settings?.sources, (m) => fail(line(node), m));
        const route = settings?.route ?? null;
        const context = { area: slug, table: section.title, tableSlug: section.slug, sources, file, route };
        records.push(...readTable(node, context, fail));
      }
    } else (section ? section.nodes : introNodes).push(node);
  }
  sections.forEach(flushHtml);

  for (const key of Object.keys(frontmatter.tables)) {
    if (!sections.some((s) => s.slug === key && s.blocks.some((b) => b.kind === 'table'))) {
      fail(
        1,
        `frontmatter "tables.${key}" names no table; table headings here are: ${sections.map((s) => s.slug).join(', ')}`,
      );
    }
  }
  findDuplicates(records, fail);

  const area: ParsedArea = {
    slug,
    file,
    frontmatter,
    introHtml: toHtmlString(introNodes),
    appearsIn: frontmatter.appearsIn.map(({ field, description }) => ({ field, html: inlineHtml(description) })),
    sections: sections.map(({ title, slug, blocks }) => ({ title, slug, blocks })),
    records,
  };
  return { area, errors };
}

type Fail = (line: number, message: string) => void;

const line = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;

function flushHtml(section: AreaSection & { nodes: RootContent[] }) {
  if (section.nodes.length === 0) return;
  section.blocks.push({ kind: 'html', html: toHtmlString(section.nodes) });
  section.nodes = [];
}

function readFrontmatter(node: RootContent | undefined, fail: Fail): AreaFrontmatter | null {
  if (node?.type !== 'yaml') {
    fail(1, 'the file must start with YAML frontmatter between "---" lines');
    return null;
  }
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    fail(1, `frontmatter is not valid YAML: ${(error as Error).message}`);
    return null;
  }
  const result = areaFrontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) fail(1, `frontmatter "${issue.path.join('.')}": ${issue.message}`);
  return null;
}

function tableSources(frontmatter: AreaFrontmatter, ids: string[] | undefined, fail: (m: string) => void): Source[] {
  if (!ids) return frontmatter.sources;
  return ids.flatMap((id) => {
    const source = frontmatter.sources.find((s) => s.id === id);
    if (!source) fail(`table source "${id}" is not among the frontmatter sources`);
    return source ? [source] : [];
  });
}

interface TableContext {
  area: string;
  table: string;
  tableSlug: string;
  sources: Source[];
  file: string;
  route: string | null;
}

function readTable(table: Table, context: TableContext, fail: Fail): ParsedRecord[] {
  const [header, ...rows] = table.children;
  const labels = header!.children.map((cell) => toPlainText(cell.children));
  const fields = labels.map(fieldOfHeader);
  for (const required of ['message'] as const) {
    if (!fields.includes(required))
      fail(line(table), `the table has no "Message" column (columns: ${labels.join(', ')})`);
  }
  if (!fields.includes('code') && !fields.includes('subcode')) {
    fail(line(table), `the table has neither a "Code" nor a "Subcode" column (columns: ${labels.join(', ')})`);
    return [];
  }
  return rows.flatMap((row) => readRow(row, labels, fields, context, (m) => fail(line(row), m)));
}

function readRow(
  row: TableRow,
  labels: string[],
  fields: (Field | null)[],
  context: TableContext,
  fail: (message: string) => void,
): ParsedRecord[] {
  if (row.children.length !== labels.length) {
    fail(`the row has ${row.children.length} cells but the header has ${labels.length} (${labels.join(' | ')})`);
    return [];
  }
  const cells = row.children.map((cell) => normaliseBreaks(cell.children));
  const stray = cells.flat().find((node) => node.type === 'html');
  if (stray) {
    fail(`raw HTML "${(stray as { value: string }).value}" in a cell; only <br> is allowed`);
    return [];
  }
  const cellOf = (field: Field) => {
    const index = fields.indexOf(field);
    return index < 0 ? [] : cells[index]!;
  };
  const codes = numbersOf(cellOf('code'), 'code', fail);
  const subcodes = numbersOf(cellOf('subcode'), 'subcode', fail);
  if (codes === 'invalid' || subcodes === 'invalid') return [];
  if (!codes && !subcodes) {
    fail('the row has neither a code nor a subcode');
    return [];
  }
  const message = toPlainText(cellOf('message'));
  if (!message) {
    fail('the message cell is empty');
    return [];
  }
  const category = readCategory(toPlainText(cellOf('resultCategory')), fail);
  if (category === 'invalid') return [];
  const advice = cellOf('advice');
  const note = cellOf('note');
  const links = [...cellOf('message'), ...advice, ...note].flatMap(collectLinks);
  for (const link of links)
    if (!/^https?:\/\//.test(link.href)) fail(`link "${link.href}" is not absolute; write the full https:// address`);
  const extra = fields
    .flatMap((field, i) =>
      field ? [] : [{ label: labels[i]!, text: toPlainText(cells[i]!), html: cellHtml(cells[i]!) }],
    )
    .filter((e) => e.text);

  const base = {
    area: context.area,
    table: context.table,
    tableSlug: context.tableSlug,
    message,
    messageHtml: cellHtml(cellOf('message')),
    resultCategory: category.value,
    resultCategoryAsPublished: category.published,
    advice: toPlainText(advice),
    adviceHtml: cellHtml(advice),
    links,
    note: toPlainText(note),
    noteHtml: cellHtml(note),
    extra,
    sources: context.sources,
    route: context.route,
    file: context.file,
    line: row.position?.start.line ?? 1,
  };
  return (codes ?? [null]).flatMap((code) => (subcodes ?? [null]).map((subcode) => ({ ...base, code, subcode })));
}

function numbersOf(cell: PhrasingContent[], name: string, fail: (m: string) => void) {
  const text = toPlainText(cell);
  const numbers = parseNumbers(text);
  if (numbers === 'invalid') fail(`the ${name} "${text}" is not a number (or a comma-separated list of numbers)`);
  return numbers;
}

function readCategory(text: string, fail: (m: string) => void) {
  if (!text) return { value: null, published: null };
  if (text in RESULT_CATEGORIES) return { value: text as ResultCategory, published: null };
  const known = CATEGORY_SPELLINGS[text];
  if (known) return { value: known, published: text };
  fail(`unknown result category "${text}"; known: ${Object.keys(RESULT_CATEGORIES).join(', ')}`);
  return 'invalid' as const;
}

function cellHtml(nodes: PhrasingContent[]): string {
  return toHtmlString(cellToBlocks(nodes));
}

function collectLinks(node: PhrasingContent): { text: string; href: string }[] {
  if (node.type === 'link') return [{ text: toPlainText(node.children) || node.url, href: node.url }];
  return 'children' in node ? node.children.flatMap((child) => collectLinks(child as PhrasingContent)) : [];
}

/** Two rows with the same numbers and message in one table must say the same thing; one copy is enough. */
function findDuplicates(records: ParsedRecord[], fail: Fail) {
  const seen = new Map<string, ParsedRecord>();
  for (const record of records) {
    const key = [record.tableSlug, record.code, record.subcode, record.message].join('\u0000');
    const first = seen.get(key);
    if (!first) seen.set(key, record);
    else {
      const same = first.advice === record.advice && first.resultCategory === record.resultCategory;
      const numbers = [record.code, record.subcode].filter((n) => n !== null).join('/');
      fail(
        record.line,
        same
          ? `${numbers} "${record.message}" repeats line ${first.line}; delete one copy`
          : `${numbers} "${record.message}" appears again with different text (first at line ${first.line}); keep one row and put the other wording in its Note`,
      );
    }
  }
}
