import { href } from '../routing/base';

/**
 * Whether the build knows its public address. Without SITE_URL a local build points canonical links
 * at localhost, and "Copy link" uses the address the page was opened at instead.
 */
export const siteUrlIsSet = Boolean(process.env.SITE_URL);

/** The absolute URL of a site path on the configured site. */
export const absoluteUrl = (path: string) => new URL(href(path), import.meta.env.SITE).href;
