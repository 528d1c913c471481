import path from 'node:path';
import { areaFrontmatterSchema, type AreaEntry } from '../schemas/area';
import type { ParsedRecord } from '../schemas/record';
import { decodeContent } from './decode';
import { readBody } from './body';
import { findDuplicates } from './duplicates';
import { errorCollector, lineOf, type ContentError } from './errors';
import { declarationProblems } from './declared-columns';
import { frontmatterLine, readFrontmatter } from './frontmatter';
import { renderMarkdown } from './inline';
import { parseMarkdown } from './markdown';
import type { LinkContext, NodeFail } from './render';
import { checkStrayRows } from './stray-rows';

export type ParsedArea = AreaEntry & {
  records: ParsedRecord[];
  /** Links to pages of this site, to check once every page is known. */
  siteLinks: { path: string; file: string; line: number }[];
};

/** Parses one area file into its body and its records; never throws on bad content. */
export function parseArea(
  bytes: Uint8Array,
  file: string,
  options: { base?: string } = {},
): { area: ParsedArea | null; errors: ContentError[] } {
  const { errors, fail } = errorCollector(file);
  const siteLinks: ParsedArea['siteLinks'] = [];
  const links = (nodeFail: NodeFail): LinkContext => ({
    fail: nodeFail,
    base: options.base ?? '/',
    siteLink: (path, node) => siteLinks.push({ path, file, line: lineOf(node) }),
  });
  const text = decodeContent(bytes, fail);
  if (text === null) return { area: null, errors };
  const tree = parseMarkdown(text);
  const lines = text.split('\n');
  checkStrayRows(tree, lines, fail);
  const frontmatter = readFrontmatter(tree.children[0], areaFrontmatterSchema, fail);
  if (!frontmatter) return { area: null, errors };

  const slug = path.basename(file, '.md');
  const body = readBody(tree.children.slice(1), { slug, file, frontmatter, source: text, links }, fail);
  const tableIds = body.blocks.flatMap((b) => (b.kind === 'table' ? [b.slug] : []));
  for (const key of Object.keys(frontmatter.tables).filter((k) => !tableIds.includes(k)))
    fail(1, `frontmatter "tables.${key}" names no table`, `the tables here are: ${tableIds.join(', ')}`);
  checkDeclarations(frontmatter, tableIds, (path, message, fix) =>
    fail(frontmatterLine(tree.children[0], path), message, fix),
  );
  findDuplicates(body.records, fail);

  const markdown = (key: string, text: string, inline = false) =>
    renderMarkdown(
      text,
      links((_, message, fix) => fail(1, `frontmatter "${key}": ${message}`, fix)),
      inline,
    );
  const area: ParsedArea = {
    slug,
    file,
    frontmatter,
    blocks: body.blocks,
    tableIntros: body.tableIntros,
    appearsIn: frontmatter.appearsIn.map(({ field, description }, i) => ({
      field,
      html: markdown(`appearsIn.${i}.description`, description, true),
    })),
    supportIdsHtml: frontmatter.supportIds.map((id, i) => markdown(`supportIds.${i}`, id, true)),
    classesHtml: Object.fromEntries(
      Object.entries(frontmatter.classes).map(([c, { text }]) => [c, markdown(`classes.${c}.text`, text)]),
    ),
    carrierDetailsHtml: frontmatter.carrierDetails ? markdown('carrierDetails', frontmatter.carrierDetails) : '',
    records: body.records,
    siteLinks,
  };
  return { area, errors };
}

/** Each `columns` list of the frontmatter names every column once, none of them a typo of a known one. */
function checkDeclarations(
  frontmatter: AreaEntry['frontmatter'],
  tableIds: string[],
  fail: (path: (string | number)[], message: string, fix: string) => void,
) {
  const lists: [(string | number)[], string[] | undefined][] = [
    [['columns'], frontmatter.columns],
    ...Object.entries(frontmatter.tables).map(
      ([id, t]) => [['tables', id, 'columns'], t.columns] as [(string | number)[], string[] | undefined],
    ),
  ];
  for (const [key, names] of lists)
    for (const { index, problem } of declarationProblems(names ?? []))
      fail([...key, index], `frontmatter "${key.join('.')}": ${problem.message}`, problem.fix);
  if (frontmatter.columns && tableIds.length > 0 && tableIds.every((id) => frontmatter.tables[id]?.columns))
    fail(['columns'], 'frontmatter "columns" applies to no table: each declares its own', 'remove it');
}
