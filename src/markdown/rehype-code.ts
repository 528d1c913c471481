import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { refractor } from 'refractor';
import { visit } from 'unist-util-visit';

/**
 * Highlights code blocks at build time with Prism grammars (refractor). The result is plain
 * `<span class="token …">` markup styled by the site's CSS: no inline styles, so it works under a
 * strict Content-Security-Policy. Each block is wrapped in `<acs-code>`, which adds a copy button.
 */
export function rehypeCode() {
  return highlight;
}

function highlight(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'pre' || !parent || index === undefined) return;
    const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
    if (!code) return;
    const lang = languageOf(code);
    if (lang && refractor.registered(lang)) {
      code.children = refractor.highlight(toString(code), lang).children as ElementContent[];
    }
    // Long lines scroll; a focusable block lets keyboard users scroll it too.
    node.properties.tabIndex = 0;
    const wrapper: Element = { type: 'element', tagName: 'acs-code', properties: {}, children: [node] };
    parent.children[index] = wrapper;
    return 'skip';
  });
}

function languageOf(code: Element): string | null {
  const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
  return classes.find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? null;
}
