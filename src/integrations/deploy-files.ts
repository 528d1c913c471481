import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { SECURITY_HEADERS } from '../site/csp';

// Static hosts serve files with extensions they know; Azure Static Web Apps answers 404 for others.
const MIME_TYPES = {
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
};

/** Host configuration written next to the site: security headers, the 404 page, caching of the worker. */
export function deployFiles(base: string): AstroIntegration {
  const prefix = base.replace(/\/?$/, '/');
  return {
    name: 'acs-deploy-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
        const netlify = [`${prefix}*`, ...headers, `${prefix}sw.js`, '  Cache-Control: no-cache', ''].join('\n');
        await writeFile(new URL('_headers', dir), netlify);
        const azure = {
          trailingSlash: 'always',
          globalHeaders: SECURITY_HEADERS,
          responseOverrides: { '404': { rewrite: `${prefix}404.html` } },
          routes: [{ route: `${prefix}sw.js`, headers: { 'Cache-Control': 'no-cache' } }],
          mimeTypes: MIME_TYPES,
        };
        await writeFile(new URL('staticwebapp.config.json', dir), `${JSON.stringify(azure, null, 2)}\n`);
      },
    },
  };
}
