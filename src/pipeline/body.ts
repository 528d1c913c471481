import type { RootContent, Table } from 'mdast';
import type { AreaEntry, AreaFrontmatter, Block } from '../schemas/area';
import type { ParsedRecord } from '../schemas/record';
import { lineOf, type Fail } from './errors';
import { Outline } from './outline';
import { prepare, render, textOf, type LinkContext, type NodeFail } from './render';
import { readTable } from './table';

interface Area {
  slug: string;
  file: string;
  frontmatter: AreaFrontmatter;
  /** The file's text, from which each table cell is read. */
  source: string;
  /** Link checks for this file, reporting through the given callback. */
  links: (fail: NodeFail) => LinkContext;
}

export interface Body {
  blocks: Block[];
  tableIntros: AreaEntry['tableIntros'];
  records: ParsedRecord[];
}

/**
 * Reads an area's body in order: prose, headings and tables. Each table takes the name of its
 * nearest heading, at any depth; several tables under one heading keep their own rows.
 */
export function readBody(nodes: RootContent[], area: Area, fail: Fail): Body {
  const outline = new Outline();
  const body: Body = { blocks: [], tableIntros: {}, records: [] };
  let prose: RootContent[] = [];
  const flush = () => {
    const html =
      prose.length > 0
        ? render(
            prepare(
              prose,
              area.links((node, m, fix) => fail(lineOf(node), m, fix)),
            ),
          ).html
        : '';
    if (html) body.blocks.push({ kind: 'html', html });
    prose = [];
    return html;
  };
  for (const node of nodes) {
    if (node.type === 'heading') {
      flush();
      const title = textOf(node.children).trim();
      body.blocks.push({ kind: 'heading', depth: node.depth, id: outline.heading(title), text: title });
    } else if (node.type === 'table') {
      const intro = flush();
      const table = outline.table();
      if (!table) {
        fail(lineOf(node), 'a table must sit under a heading that names it', 'add a "## Heading" above the table');
        continue;
      }
      if (intro) body.tableIntros[table.slug] = intro;
      body.blocks.push({ kind: 'table', ...table });
      body.records.push(...readTableUnder(node, table.title, table.slug, area, fail));
    } else prose.push(node);
  }
  flush();
  return body;
}

function readTableUnder(node: Table, title: string, slug: string, area: Area, fail: Fail) {
  const settings = area.frontmatter.tables[slug];
  const base = {
    area: area.slug,
    codeSpace: area.frontmatter.codeSpace,
    status: settings?.status ?? area.frontmatter.status,
    table: title,
    tableSlug: slug,
    route: settings?.route ?? null,
    file: area.file,
  };
  const own = settings?.columns;
  const names = own ?? area.frontmatter.columns;
  return readTable(
    node,
    {
      base,
      sourceIds: area.frontmatter.sources.map((s) => s.id),
      source: area.source,
      links: area.links,
      declaration: names ? { names, key: own ? `tables.${slug}.columns` : 'columns' } : null,
    },
    fail,
  );
}
