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
