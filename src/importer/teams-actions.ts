import type { BlockContent, DefinitionContent, ListItem, PhrasingContent } from 'mdast';
import { cellMarkdown } from './cells';

type Block = BlockContent | DefinitionContent;

/** What a block of suggested actions holds as cell lines, or the block it cannot write in a cell. */
export type Lines = { lines: string[] } | { unreadable: Block };

/**
 * Writes the blocks of a "Suggested actions" bullet as the lines of one table cell: a paragraph is a
 * line, a list item a `- ` line (nested lists flattened), a code block one inline-code line per line.
 * Text and links stay as published; only the layout becomes what a cell can hold.
 */
export function actionLines(blocks: Block[]): Lines {
  const lines: string[] = [];
  for (const block of blocks) {
    const read = blockLines(block);
    if ('unreadable' in read) return read;
    lines.push(...read.lines);
  }
  return { lines: lines.filter(Boolean) };
}

function blockLines(block: Block): Lines {
  switch (block.type) {
    case 'paragraph':
      return { lines: [cellMarkdown(block.children)] };
    case 'code':
      return {
        lines: block.value
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => cellMarkdown([{ type: 'inlineCode', value: l.trim() }])),
      };
    case 'list':
      return listLines(block.children);
    default:
      return { unreadable: block };
  }
}

function listLines(items: ListItem[]): Lines {
  const lines: string[] = [];
  for (const item of items) {
    const [first, ...rest] = item.children;
    const lead = first?.type === 'paragraph' ? `- ${cellMarkdown(first.children as PhrasingContent[])}` : null;
    const read = actionLines(lead === null ? item.children : rest);
    if ('unreadable' in read) return read;
    lines.push(...(lead === null ? [] : [lead]), ...read.lines);
  }
  return { lines };
}
