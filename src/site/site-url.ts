type Env = Record<string, string | undefined>;

/** Hosts that tell their builds the public address: used when SITE_URL is not set. */
const HOST_ADDRESSES: { host: string; address: (env: Env) => string | undefined }[] = [
  // Netlify's URL is the site's main address (also in deploy previews, which is right for canonical links).
  { host: 'Netlify', address: (env) => (env.NETLIFY ? env.URL : undefined) },
  // The production domain; VERCEL_URL would be one deployment's own address.
  {
    host: 'Vercel',
    address: (env) =>
      env.VERCEL && env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}` : undefined,
  },
  // GitLab Pages: the project's Pages address; its path is the base path (see basePath).
  {
    host: 'GitLab Pages',
    address: (env) => (env.GITLAB_CI && env.CI_PAGES_URL ? new URL(env.CI_PAGES_URL).origin : undefined),
  },
  { host: 'Render', address: (env) => (env.RENDER ? env.RENDER_EXTERNAL_URL : undefined) },
];

/**
 * Builds that publish the site but whose host gives no lasting address (Cloudflare Pages' CF_PAGES_URL
 * names one deployment; Azure Static Web Apps' build, run by its deploy action, gets its inputs as
 * INPUT_*; DEPLOY is set by this repository's workflows): there SITE_URL is required.
 */
const DEPLOY_SIGNALS: { name: string; host: string }[] = [
  { name: 'DEPLOY', host: 'this build' },
  { name: 'NETLIFY', host: 'Netlify' },
  { name: 'VERCEL', host: 'Vercel' },
  { name: 'CF_PAGES', host: 'Cloudflare Pages' },
  { name: 'INPUT_AZURE_STATIC_WEB_APPS_API_TOKEN', host: 'Azure Static Web Apps' },
  { name: 'RENDER', host: 'Render' },
];

const LOCAL = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/;

/**
 * The site's public address (an origin). A local build may leave it unset (canonical links then point at
 * localhost and "Copy link" uses the page's own address); a deploy build must know it, and never on localhost.
 */
export function siteUrl(env: Env): string {
  const fromHost = HOST_ADDRESSES.map((h) => ({ ...h, url: h.address(env) })).find((h) => h.url);
  const given = env.SITE_URL || fromHost?.url;
  const deploy = DEPLOY_SIGNALS.find((s) => env[s.name]);
  if (!given) {
    if (deploy)
      throw new Error(
        `SITE_URL is not set, but ${deploy.name} says ${deploy.host} deploys this build. Set SITE_URL to the public address, e.g. SITE_URL=https://codes.example.org`,
      );
    return 'http://localhost:4321';
  }
  const source = env.SITE_URL ? 'SITE_URL' : `${fromHost!.host}'s address`;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`${source} "${given}" is not an address: write it as https://codes.example.org`);
  }
  if (!/^https?:$/.test(url.protocol))
    throw new Error(`${source} "${given}" is not an http(s) address: write it as https://codes.example.org`);
  if (deploy && LOCAL.test(url.hostname))
    throw new Error(
      `${source} is ${given}, but ${deploy.name} says this build is deployed: a deployed site's links cannot point at this machine. Set SITE_URL to the public address.`,
    );
  return given;
}

/** The base path: BASE_PATH, else the path of GitLab's Pages address (a project site), else the root. */
export function basePath(env: Env): string {
  if (env.BASE_PATH) return env.BASE_PATH;
  if (env.GITLAB_CI && env.CI_PAGES_URL && !env.SITE_URL)
    return new URL(env.CI_PAGES_URL).pathname.replace(/\/?$/, '/');
  return '/';
}
