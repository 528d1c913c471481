/** Hosts whose builds publish the site: there a missing SITE_URL would point every link at localhost. */
const DEPLOY_SIGNALS = ['DEPLOY', 'NETLIFY', 'CF_PAGES'];

/**
 * The site's public address. A local build may leave it unset (canonical links then point at
 * localhost and "Copy link" uses the page's own address); a deploy build may not.
 */
export function siteUrl(env: Record<string, string | undefined>): string {
  if (env.SITE_URL) return env.SITE_URL;
  const deploy = DEPLOY_SIGNALS.find((name) => env[name]);
  if (deploy)
    throw new Error(
      `SITE_URL is not set, but ${deploy} says this build is deployed. Set SITE_URL to the public address, e.g. SITE_URL=https://codes.example.org`,
    );
  return 'http://localhost:4321';
}
