import type { RootContent } from 'mdast';
import { parseMarkdown } from './markdown';
import { prepare, render, type LinkContext } from './render';

/** Renders Markdown written in frontmatter; `links` reports each problem in it. */
export function renderMarkdown(text: string, links: LinkContext, inline = false): string {
  const nodes = prepare(parseMarkdown(text).children, links);
  const [first] = nodes;
  const content: RootContent[] = inline && nodes.length === 1 && first?.type === 'paragraph' ? first.children : nodes;
  return render(content).html;
}
