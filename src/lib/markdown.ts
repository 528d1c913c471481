import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}

const BREAK = /^<br\s*\/?>$/i;

/** Table cells can only hold one line, so the sources write `<br>` for line breaks; make them real breaks. */
export function normaliseBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node) => (node.type === 'html' && BREAK.test(node.value.trim()) ? { type: 'break' } : node));
}

export function toPlainText(nodes: readonly (RootContent | PhrasingContent)[]): string {
  return nodes
    .map((node): string => {
      if (node.type === 'break') return '\n';
      if ('value' in node && node.type !== 'html') return node.value;
      if ('children' in node) return toPlainText(node.children as RootContent[]);
      return '';
    })
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
}

/** Splits a cell at its line breaks and turns runs of lines that start with "- " into a list. */
export function cellToBlocks(nodes: PhrasingContent[]): (Paragraph | List)[] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') lines.push([]);
    else lines.at(-1)!.push(node);
  }
  const blocks: (Paragraph | List)[] = [];
  for (const line of lines.map(trimLine).filter((l) => l.length > 0)) {
    const item = stripBullet(line);
    const last = blocks.at(-1);
    if (!item) blocks.push({ type: 'paragraph', children: line });
    else if (last?.type === 'list') last.children.push(listItem(item));
    else blocks.push({ type: 'list', ordered: false, spread: false, children: [listItem(item)] });
  }
  return blocks;
}

function listItem(children: PhrasingContent[]) {
  return { type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children }] };
}

function trimLine(line: PhrasingContent[]): PhrasingContent[] {
  const copy = line.map((n) => ({ ...n }));
  const first = copy[0];
  const last = copy.at(-1);
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return copy.filter((n) => n.type !== 'text' || n.value !== '');
}

function stripBullet(line: PhrasingContent[]): PhrasingContent[] | null {
  const first = line[0];
  if (first?.type !== 'text' || !/^-\s*/.test(first.value) || first.value.startsWith('--')) return null;
  const rest = first.value.replace(/^-\s*/, '');
  return rest ? [{ ...first, value: rest }, ...line.slice(1)] : line.slice(1);
}

export function toHtmlString(nodes: RootContent[]): string {
  const hast = toHast({ type: 'root', children: nodes }) as HastNodes;
  return toHtml(hast);
}

/** Renders one line of inline Markdown (frontmatter text) without a wrapping paragraph. */
export function inlineHtml(text: string): string {
  const [first] = parseMarkdown(text).children;
  return first?.type === 'paragraph' ? toHtmlString(first.children) : toHtmlString(first ? [first] : []);
}
