import GithubSlugger from 'github-slugger';
import type { RootContent, Table } from 'mdast';
import type { AreaEntry, AreaFrontmatter, Block } from '../schemas/area';
import type { ParsedRecord } from '../schemas/record';
import { lineOf, type Fail } from './errors';
import { prepare, render, textOf } from './render';
import { readTable } from './table';

interface Area {
  slug: string;
  file: string;
  frontmatter: AreaFrontmatter;
  lines: string[];
}

interface Heading {
  title: string;
  id: string;
  tables: number;
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
  const slugger = new GithubSlugger();
  const body: Body = { blocks: [], tableIntros: {}, records: [] };
  let prose: RootContent[] = [];
  let heading: Heading | null = null;
  const flush = () => {
    if (prose.length > 0) body.blocks.push({ kind: 'html', html: render(prepare(prose, (node, m, fix) => fail(lineOf(node), m, fix))).html });
    prose = [];
  };
  for (const node of nodes) {
    if (node.type === 'heading') {
      flush();
      const title = textOf(node.children).trim();
      heading = { title, id: slugger.slug(title), tables: 0 };
      body.blocks.push({ kind: 'heading', depth: node.depth, id: heading.id, text: title });
    } else if (node.type === 'table') {
      const intro = prose.length > 0 ? render(prepare(prose, () => {})).html : '';
      flush();
      if (!heading) {
        fail(lineOf(node), 'a table must sit under a heading that names it', 'add a "## Heading" above the table');
        continue;
      }
      const ownAnchor = heading.tables++ > 0;
      const slug = ownAnchor ? slugger.slug(heading.title) : heading.id;
      if (intro) body.tableIntros[slug] = intro;
      body.blocks.push({ kind: 'table', slug, title: heading.title, ownAnchor });
      body.records.push(...readTableUnder(node, heading.title, slug, area, fail));
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
  return readTable(node, { base, sourceIds: area.frontmatter.sources.map((s) => s.id), lines: area.lines }, fail);
}
