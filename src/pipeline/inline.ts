import type { RootContent } from 'mdast';
import { parseMarkdown } from './markdown';
import { prepare, render } from './render';

/** Renders Markdown written in frontmatter; `report` gets each problem in it. */
export function renderMarkdown(text: string, report: (message: string, fix: string) => void, inline = false): string {
  const nodes = prepare(parseMarkdown(text).children, (_, message, fix) => report(message, fix));
  const [first] = nodes;
  const content: RootContent[] = inline && nodes.length === 1 && first?.type === 'paragraph' ? first.children : nodes;
  return render(content).html;
}
