/**
 * What the worker precaches, by path relative to the build. An allowlist: host configuration
 * (`_headers`, `staticwebapp.config.json`, `robots.txt`…) is never in it, because a host that does
 * not serve one of those files would make the whole install fail.
 */
const CORE = [
  /^_astro\/[^/]+\.(css|js)$/,
  /^(favicon\.svg|404\.html|index\.html)$/,
  /^(codes|lookup|offline)\/index\.html$/,
  /^lookup\/meta\.json$/,
  /^pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind)$/,
];

/** Small files that travel in one bundle, so the request count stays flat as the catalogue grows. */
const BUNDLED = [
  /^pagefind\/(index|fragment|filter)\/[^/]+$/,
  /^pagefind\/pagefind\.[\w-]+\.pf_meta$/,
  /^lookup\/\d+\.json$/,
  /^offline\/[a-z0-9-]+\.json$/,
];

export const isCore = (file: string) => CORE.some((pattern) => pattern.test(file));
export const isBundled = (file: string) => BUNDLED.some((pattern) => pattern.test(file));

/** The folders where those files are (`''` is the build's root, read without its subfolders): the worker's build step lists only these. */
export const FOLDERS = ['', '_astro', 'codes', 'lookup', 'offline', 'pagefind'];

/**
 * Whether the worker opens a page offline without having kept it: a code page from its data, a
 * number page or an area page as the filtered `/codes/` (`worker.js`, `offline`). `page` is a path
 * relative to the build (`calling/487/10003/`).
 */
export function rebuiltOffline(page: string, areas: string[]): boolean {
  const segments = page.split('/').filter(Boolean);
  return segments.some((s) => /^\d+$/.test(s)) || (segments.length === 1 && areas.includes(segments[0]!));
}
