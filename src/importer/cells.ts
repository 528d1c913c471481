import type { PhrasingContent } from 'mdast';
import { isBreakHtml } from '../pipeline/links';

// Characters that would start Markdown syntax in a table cell; `|` would end the cell.
const SPECIAL = /[\\|*`[\]<]/g;

/** Text as a table cell must write it so that it reads back the same. */
export function escapeText(text: string): string {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_'))
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/~~/g, '\\~\\~')
    .replace(/[ \t]*\n[ \t]*|\t/g, ' ');
}

/**
 * Writes a cell back on one line, the way content/ writes cells: links and code kept, line breaks as
 * `<br>`, emphasis and any other raw HTML dropped (their text stays).
 */
export function cellMarkdown(nodes: PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return escapeText(node.value);
        case 'inlineCode':
          return node.value.includes('`') ? `\`\` ${node.value} \`\`` : `\`${node.value.replace(/\|/g, '\\|')}\``;
        case 'break':
          return '<br>';
        case 'html':
          return isBreakHtml(node) ? '<br>' : '';
        // A cell is text as written (only links, code, breaks and list dashes are Markdown there):
        // emphasis keeps its words and loses its markers, which a page would otherwise show.
        case 'emphasis':
        case 'strong':
        case 'delete':
          return cellMarkdown(node.children);
        case 'link': {
          const text = cellMarkdown(node.children);
          const url = node.url.replace(/[()\s|<>]/g, encodeURIComponent);
          return text === escapeText(node.url) && /^https?:\/\//.test(url)
            ? `<${url}>`
            : `[${text || escapeText(node.url)}](${url})`;
        }
        default:
          return 'children' in node ? cellMarkdown(node.children as PhrasingContent[]) : '';
      }
    })
    .join('')
    .replace(/\s*<br>\s*/g, '<br>')
    .replace(/(<br>\s*)+$/, '')
    .replace(/^\s*(<br>\s*)+/, '')
    .trim();
}
