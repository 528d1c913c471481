import { describe, expect, test } from 'vitest';
import { attr, markup, raw } from '../../../src/components/html';

describe('the markup template', () => {
  test('escapes every value, in text and in attributes', () => {
    const value = `<script>"&'`;
    expect(markup`<p title="${value}">${value}</p>`.value).toBe(
      '<p title="&lt;script&gt;&quot;&amp;&#39;">&lt;script&gt;&quot;&amp;&#39;</p>',
    );
  });

  test('keeps HTML marked safe as it is', () => {
    expect(markup`<div>${raw('<p>a <code>b</code></p>')}</div>`.value).toBe('<div><p>a <code>b</code></p></div>');
  });

  test('drops its own line breaks between tags and keeps a space inside a tag and between words', () => {
    const html = markup`<a
        href="/x/">one
      two</a>
      <b>three</b>`.value;
    expect(html).toBe('<a href="/x/">one two</a><b>three</b>');
  });

  test('leaves out false, null and an attribute without a value', () => {
    expect(markup`<p${attr('data-link', '')}${attr('id', 'a')}>${false}${null}${[1, 2]}</p>`.value).toBe(
      '<p id="a">12</p>',
    );
  });
});
