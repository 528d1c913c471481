/** The base path the site under test was built with (BASE_PATH), ending in "/". */
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** A root-relative site path as served under the base path: u('/sms/4007/') → '/acs-codes/sms/4007/'. */
export const u = (path: string) => `${BASE}${path.replace(/^\//, '')}`;

/** The site URL that canonical and preview links use (SITE_URL). */
export const SITE = process.env.SITE_URL ?? 'http://localhost:4321';

/** The absolute canonical URL of a site path. */
export const canonical = (path: string) => new URL(u(path), SITE).href;
