import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeCode } from '../../../src/markdown/rehype-code';
import { remarkLinks } from '../../../src/markdown/remark-links';
import { remarkTabs } from '../../../src/markdown/remark-tabs';

/** Markdown through the guide plugins, as Astro runs them: remark plugins, then to HTML, then rehype plugins. */
function render(markdown: string, base = '/') {
  const file = new VFile({ path: 'content/guides/en/t.md', value: markdown });
  const tree = unified().use(remarkParse).use(remarkGfm).parse(file) as Root;
  unified().use(remarkTabs).use(remarkLinks, { base }).runSync(tree, file);
  const hast = toHast(tree) as HastRoot;
  unified().use(rehypeCode).runSync(hast, file);
  return toHtml(hast);
}

const tabs =
  '## Call ID\n\n# [JavaScript](#tab/javascript)\n\n```javascript\nconsole.log(call.id)\n```\n\n# [iOS](#tab/ios)\n\nText.\n\n---\n\nAfter.\n';

describe('remarkTabs: Microsoft tab syntax', () => {
  test('a tab group becomes acs-tabs with a section per tab', () => {
    const html = render(tabs);
    expect(html).toContain('<acs-tabs><section class="tab-panel" data-tab="javascript" data-label="JavaScript">');
    expect(html).toContain('<section class="tab-panel" data-tab="ios" data-label="iOS">');
  });

  test('each tab starts with a heading one level below its section, for reading without JavaScript', () => {
    expect(render(tabs)).toContain('<h3 class="tab-title">JavaScript</h3>');
  });

  test('--- ends the group and what follows is outside it', () => {
    expect(render(tabs)).toMatch(/<\/section><\/acs-tabs>\s*<p>After\.<\/p>/);
  });

  test('a group left open ends at the next heading of its section level', () => {
    expect(render('## A\n\n# [C#](#tab/csharp)\n\nx\n\n## B\n')).toMatch(/<\/acs-tabs>\s*<h2>B<\/h2>/);
  });

  test('a heading that is not a tab stays a heading', () => {
    expect(render('# [Docs](https://learn.microsoft.com/)\n')).toContain(
      '<h1><a href="https://learn.microsoft.com/">Docs</a></h1>',
    );
  });
});

describe('rehypeCode', () => {
  test('highlights code with token classes, no inline styles, and adds a copy wrapper', () => {
    const html = render(tabs);
    expect(html).toContain('<span class="token function">log</span>');
    expect(html).not.toContain('style=');
    expect(html).toContain('<acs-code><pre tabindex="0"><code class="language-javascript">');
  });
});

describe('remarkLinks', () => {
  test('site paths get the base path', () => {
    expect(render('[403](/calling/403/)\n', '/acs-codes/')).toContain('href="/acs-codes/calling/403/"');
  });

  test.each([
    [
      '[x](javascript:alert(1))',
      'content/guides/en/t.md:1: link "javascript:alert(1)" uses javascript: — only http(s) links are allowed, or a site path such as /calling/487/',
    ],
    [
      '[x](../concepts/a.md)',
      'content/guides/en/t.md:1: link "../concepts/a.md" is relative — write the full https:// address it points to, or a site path such as /calling/487/',
    ],
    ['text <span>x</span>', 'content/guides/en/t.md:1: raw HTML "<span>" is not allowed — write Markdown instead'],
  ])('%s stops the build at its file and line', (markdown, message) => {
    expect(() => render(`${markdown}\n`)).toThrow(message);
  });
});
