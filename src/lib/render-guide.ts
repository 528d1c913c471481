import GithubSlugger from 'github-slugger';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { toString } from 'hast-util-to-string';
import { parseMarkdown } from './markdown';
import { rehypeCode } from './rehype-code';
import { remarkTabs } from './remark-tabs';
import { sourceSchema } from './schema';

/** Frontmatter of a guide in `content/guides/<lang>/<slug>.md`. */
export const guideFrontmatterSchema = z.object({
  /** The page title. */
  title: z.string().min(1),
  /** One sentence for the page description and link previews. */
  description: z.string().min(1),
  /** Language of the text, as in `<html lang>`; also the folder the file sits in. */
  lang: z.string().regex(/^[a-z]{2}$/),
  /** Same key in every translation of one guide, to link the languages to each other. */
  translationKey: z.string().min(1),
  /** The articles the guide is written from (without ids: guides cite them as a whole). */
  sources: z.array(sourceSchema.omit({ id: true })).min(1),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

export interface RenderedGuide {
  frontmatter: GuideFrontmatter;
  html: string;
  headings: { depth: number; id: string; text: string }[];
}

/**
 * Renders a guide: Microsoft tab groups become tabs, code is highlighted, headings get ids, and
 * root-relative links (to the site's code pages) get the site's base path.
 */
export function renderGuide(source: string, file: string, base = '/'): RenderedGuide {
  const tree = parseMarkdown(source.replace(/\r\n?/g, '\n'));
  const [yaml, ...body] = tree.children;
  if (yaml?.type !== 'yaml') throw new Error(`${file}:1: the file must start with YAML frontmatter`);
  const parsed = guideFrontmatterSchema.safeParse(parseYaml(yaml.value));
  if (!parsed.success)
    throw new Error(
      `${file}:1: frontmatter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  tree.children = body;
  remarkTabs(tree);
  const hast = toHast(tree) as HastRoot;
  rehypeCode(hast);
  const headings = addHeadingIds(hast);
  prefixLinks(hast, base);
  return { frontmatter: parsed.data, html: toHtml(hast), headings };
}

function addHeadingIds(tree: HastRoot) {
  const slugger = new GithubSlugger();
  const headings: RenderedGuide['headings'] = [];
  visit(tree, 'element', (node) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!depth) return;
    const text = toString(node);
    node.properties.id = slugger.slug(text);
    headings.push({ depth: Number(depth), id: String(node.properties.id), text });
  });
  return headings;
}

function prefixLinks(tree: HastRoot, base: string) {
  const prefix = base.replace(/\/$/, '');
  visit(tree, 'element', (node) => {
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && /^\/(?!\/)/.test(href))
      node.properties.href = prefix + href;
  });
}
