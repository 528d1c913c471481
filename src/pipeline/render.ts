import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { Link } from '../schemas/link';
import { lineOf } from './errors';
import { withBase } from '../routing/base';
import { isBreakHtml, linkProblem, SITE_PATH } from './links';

/** Markdown rendered once: the HTML a page shows and the plain text that data files, titles and search use. */
export interface Rendered {
  html: string;
  text: string;
  links: Link[];
}

export type NodeFail = (node: Nodes, message: string, fix: string) => void;

/** How to check and finish links: problems go to `fail`; links to this site's pages get the base path. */
export interface LinkContext {
  fail: NodeFail;
  base: string;
  /** Told of every link to a page of this site, so that the catalogue can check the page exists. */
  siteLink?: (path: string, node: Nodes) => void;
}

const UNSUPPORTED: Record<string, [string, string]> = {
  image: ['an image would not be shown', 'link to it instead: [description](https://…)'],
  imageReference: ['an image would not be shown', 'link to it instead: [description](https://…)'],
  linkReference: ['a reference-style link', 'write the link inline: [text](https://…)'],
  definition: ['a link reference definition', 'write the link inline: [text](https://…)'],
  footnoteReference: ['a footnote', 'write the note in the text'],
  footnoteDefinition: ['a footnote', 'write the note in the text'],
  table: ['a table inside another block is not read', 'move the table out of the blockquote or list'],
};

/** Checks what may reach the HTML, turns `<br>` into line breaks and gives site links the base path. */
export function prepare(nodes: RootContent[], context: LinkContext): RootContent[] {
  return nodes.map((node) => prepareNode(node, context));
}

function prepareNode(node: RootContent, context: LinkContext): RootContent {
  const { fail } = context;
  if (node.type === 'html') {
    if (isBreakHtml(node)) return { type: 'break' };
    fail(
      node,
      `raw HTML "${node.value.trim().slice(0, 60)}" would not be shown`,
      'write Markdown instead; only <br> is allowed',
    );
  } else if (UNSUPPORTED[node.type]) {
    const [message, fix] = UNSUPPORTED[node.type]!;
    fail(node, message, fix);
  } else if (node.type === 'link' && SITE_PATH.test(node.url)) {
    context.siteLink?.(node.url.replace(/#.*$/, ''), node);
    node.url = withBase(node.url, context.base);
  } else if (node.type === 'link') {
    const problem = linkProblem(node.url);
    if (problem) fail(node, problem.message, problem.fix);
  }
  if ('children' in node)
    (node as { children: RootContent[] }).children = prepare(node.children as RootContent[], context);
  return node;
}

export function render(nodes: RootContent[]): Rendered {
  const hast = toHast({ type: 'root', children: nodes }) as HastNodes;
  return { html: toHtml(hast), text: textOf(nodes).trim(), links: nodes.flatMap(linksOf) };
}

/** Plain text of the same nodes the HTML shows: blocks on their own lines, list items as "- item". */
export function textOf(nodes: readonly RootContent[]): string {
  return nodes
    .map((node): string => {
      if (node.type === 'break') return '\n';
      if (node.type === 'list')
        return node.children.map((item) => `- ${textOf(item.children).replace(/\n+/g, ' ')}`).join('\n');
      if ('value' in node) return node.value;
      if ('children' in node) return textOf(node.children as RootContent[]);
      return '';
    })
    .join(isBlockList(nodes) ? '\n' : '')
    .replace(/[ \t]*\n[ \t]*/g, '\n');
}

const isBlockList = (nodes: readonly RootContent[]) =>
  nodes.some((n) => ['paragraph', 'list', 'heading', 'code', 'blockquote'].includes(n.type));

function linksOf(node: RootContent): Link[] {
  if (node.type === 'link' && /^https?:/.test(node.url))
    return [{ text: textOf(node.children).trim() || node.url, href: node.url }];
  return 'children' in node ? (node.children as RootContent[]).flatMap(linksOf) : [];
}

/** Splits a cell at its line breaks; runs of lines that start with "- " (a dash and a space) become a list. */
export function cellBlocks(nodes: PhrasingContent[]): RootContent[] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') lines.push([]);
    else lines.at(-1)!.push(node);
  }
  const blocks: RootContent[] = [];
  for (const line of lines.map(trimLine).filter((l) => l.length > 0)) {
    const item = stripBullet(line);
    const last = blocks.at(-1);
    const listItem = {
      type: 'listItem' as const,
      spread: false,
      children: [{ type: 'paragraph' as const, children: item ?? [] }],
    };
    if (!item) blocks.push({ type: 'paragraph', children: line });
    else if (last?.type === 'list') last.children.push(listItem);
    else blocks.push({ type: 'list', ordered: false, spread: false, children: [listItem] });
  }
  return blocks;
}

function trimLine(line: PhrasingContent[]): PhrasingContent[] {
  const copy = line.map((n) => ({ ...n }));
  const first = copy[0];
  const last = copy.at(-1);
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return copy.filter((n) => n.type !== 'text' || n.value !== '');
}

/** A line that starts with "- " is a list item; `-1`, `-b` and `--` are text as written. */
function stripBullet(line: PhrasingContent[]): PhrasingContent[] | null {
  const first = line[0];
  if (first?.type !== 'text' || !/^-[ \t]/.test(first.value)) return null;
  const rest = first.value.replace(/^-[ \t]+/, '');
  return rest ? [{ ...first, value: rest }, ...line.slice(1)] : line.slice(1);
}

export { lineOf };
