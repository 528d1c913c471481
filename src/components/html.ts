/**
 * A tiny HTML template for what must render the same in Astro and in the browser (the offline code
 * page): `html` escapes every value it is given, except HTML already made safe, which `raw` marks
 * (the content's rendered Markdown, another template's output).
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
 * Line breaks and the indentation after them are the template's layout, not the page's: they are
 * dropped, so spaces that matter stay on one line (`</a> ·`).
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = '';
  strings.forEach((s, i) => (out += s.replace(/\n\s*/g, '') + (i < parts.length ? render(parts[i]!) : '')));
  return new Html(out);
}

/** An attribute only when it has a value: `attr('href', url)`. */
export const attr = (name: string, value: string | number | null | undefined | false) =>
  value === null || value === undefined || value === false ? '' : raw(` ${name}="${escape(String(value))}"`);
