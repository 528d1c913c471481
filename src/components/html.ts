/**
 * A tiny HTML template for what must render the same in Astro and in the browser (the offline code
 * page): `markup` escapes every value it is given, except HTML already made safe, which `raw` marks
 * (the content's rendered Markdown, another template's output). It is not called `html` so that the
 * formatter leaves its layout alone: it would reflow it as HTML and move spaces that matter.
 */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export type Part = Html | string | number | null | undefined | false | Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export const raw = (value: string) => new Html(value);

const render = (part: Part): string => {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return part === null || part === undefined || part === false ? '' : escape(String(part));
};

/**
 * A line break and the indentation after it are the template's layout: dropped between tags, one
 * space inside a tag (`<a\n  href`). Spaces that matter between words stay on one line (`</a> ·`).
 */
const layout = (s: string) =>
  s
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ');

export function markup(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = '';
  strings.forEach((s, i) => (out += layout(s) + (i < parts.length ? render(parts[i]!) : '')));
  return new Html(out);
}

/** An attribute only when it has a value: `attr('href', url)` writes nothing for '', null or false. */
export const attr = (name: string, value: string | number | null | undefined | false) =>
  value === null || value === undefined || value === false || value === ''
    ? ''
    : raw(` ${name}="${escape(String(value))}"`);
