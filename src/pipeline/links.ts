import type { Nodes } from 'mdast';

/** A root-relative path of a page of this site (`/pstn/486/560486/`, `/487/`): it gets the base path. */
export const SITE_PATH = /^\/([a-z0-9-]+\/)*(#[\w-]*)?$/;

/** `<br>`, the one piece of raw HTML content may hold: a line break inside a table cell. */
export const isBreakHtml = (node: Nodes) => node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim());

/** Why a link may not reach the HTML, or null when it is an absolute http(s) address. */
export function linkProblem(url: string): { message: string; fix: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const relative = !/^[a-z][a-z0-9+.-]*:/i.test(url);
    return relative
      ? { message: `link "${url}" is relative`, fix: 'write the full https:// address it points to' }
      : { message: `link "${url}" is not a valid address`, fix: 'check it for typos and percent signs' };
  }
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return null;
  return { message: `link "${url}" uses ${parsed.protocol}`, fix: 'only http(s) links are allowed' };
}
