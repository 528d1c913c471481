import GithubSlugger from 'github-slugger';
import type { Heading, RootContent } from 'mdast';
import { lineOf, type ContentError } from './content-errors';
import { findDuplicates } from './duplicates';
import { inlineHtml, parseMarkdown, toHtmlString, toPlainText } from './markdown';
import { readFrontmatter, tableSources } from './read-frontmatter';
import { readTable } from './read-table';
import type { AreaFrontmatter, ParsedRecord } from './schema';

export { formatError, type ContentError } from './content-errors';
export type { ParsedRecord } from './schema';

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
      if (!section) fail(lineOf(node), 'a table must sit under a "## Heading" that names it');
      else {
        flushHtml(section);
        section.blocks.push({ kind: 'table', slug: section.slug });
        const settings = frontmatter.tables[section.slug];
        const sources = tableSources(frontmatter, settings?.sources, (m) => fail(lineOf(node), m));
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

function flushHtml(section: AreaSection & { nodes: RootContent[] }) {
  if (section.nodes.length === 0) return;
  section.blocks.push({ kind: 'html', html: toHtmlString(section.nodes) });
  section.nodes = [];
}
