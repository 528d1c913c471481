import { describe, expect, test } from 'vitest';
import { renderGuide } from '../../src/lib/render-guide';

const FRONTMATTER = `---
title: T
description: D
lang: en
translationKey: t
sources:
  - title: S
    url: https://learn.microsoft.com/
    date: null
---
`;
const render = (body: string, base = '/') => renderGuide(FRONTMATTER + body, 'content/guides/en/t.md', base).html;

describe('Microsoft tab syntax', () => {
  const body =
    '## Call ID\n\n# [JavaScript](#tab/javascript)\n\n```javascript\nconsole.log(call.id)\n```\n\n# [iOS](#tab/ios)\n\nText.\n\n---\n\nAfter.\n';

  test('a tab group becomes acs-tabs with a section per tab', () => {
    const html = render(body);
    expect(html).toContain('<acs-tabs><section class="tab-panel" data-tab="javascript" data-label="JavaScript">');
    expect(html).toContain('<section class="tab-panel" data-tab="ios" data-label="iOS">');
  });

  test('each tab starts with a heading one level below its section, for reading without JavaScript', () => {
    expect(render(body)).toContain('<h3 class="tab-title" id="javascript">JavaScript</h3>');
  });

  test('--- ends the group and what follows is outside it', () => {
    expect(render(body)).toMatch(/<\/section><\/acs-tabs>\s*<p>After\.<\/p>/);
  });

  test('a group left open ends at the next heading of its section level', () => {
    const html = render('## A\n\n# [C#](#tab/csharp)\n\nx\n\n## B\n');
    expect(html).toMatch(/<\/acs-tabs>\s*<h2 id="b">B<\/h2>/);
  });

  test('code is highlighted with token classes and no inline styles', () => {
    const html = render(body);
    expect(html).toContain('<span class="token function">log</span>');
    expect(html).not.toContain('style=');
    expect(html).toContain('<acs-code><pre tabindex="0"><code class="language-javascript">');
  });

  test('root-relative links get the base path', () => {
    expect(render('[403](/calling/403/)\n', '/acs-codes/')).toContain('href="/acs-codes/calling/403/"');
  });

  test('a heading that is not a tab stays a heading', () => {
    expect(render('# [Docs](https://learn.microsoft.com/)\n')).toContain(
      '<h1 id="docs"><a href="https://learn.microsoft.com/">Docs</a></h1>',
    );
  });
});
