/** The one place that knows the base path: every link, asset and data URL goes through `href`. */
export function withBase(path: string, base: string): string {
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A root-relative site path as served under the configured base path. */
export const href = (path: string) => withBase(path, import.meta.env.BASE_URL);

/** The base path with exactly one trailing slash (`/` or `/acs-codes/`). */
export const basePrefix = (base: string) => base.replace(/\/*$/, '/');
